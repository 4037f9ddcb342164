// The Atom feed of corrections, updates and retractions.
import type { APIRoute } from 'astro';
import { dataset } from '../../site/dataset.ts';
import { atomResponse, correctionsFeed } from '../../site/feeds.ts';

export const GET: APIRoute = ({ site }) => atomResponse((base) => correctionsFeed(dataset, base), site);
