// The Atom feed of one official's new and updated statements.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { dataset } from '../../../site/dataset.ts';
import { atomResponse, officialFeed } from '../../../site/feeds.ts';
import { paths } from '../../../site/routes.ts';

// A copy: Astro keys the array a route returns by that route's addresses, and the page route returns the same one.
export const getStaticPaths = () => [...paths.officials];

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  atomResponse((base) => officialFeed(dataset, props.official, base), site);
