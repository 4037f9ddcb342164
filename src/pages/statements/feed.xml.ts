// The Atom feed of new and updated statements, site-wide.
import type { APIRoute } from 'astro';
import { dataset } from '../../site/dataset.ts';
import { atomResponse, statementsFeed } from '../../site/feeds.ts';

export const GET: APIRoute = ({ site }) => atomResponse((base) => statementsFeed(dataset, base), site);
