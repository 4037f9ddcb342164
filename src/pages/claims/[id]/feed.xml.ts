// The Atom feed of one claim's new and updated statements.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { dataset } from '../../../site/dataset.ts';
import { atomResponse, claimFeed } from '../../../site/feeds.ts';
import { paths } from '../../../site/routes.ts';

// A copy: Astro keys the array a route returns by that route's addresses, and the page route returns the same one.
export const getStaticPaths = () => [...paths.claims];

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  atomResponse((base) => claimFeed(dataset, props.claim, base), site);
