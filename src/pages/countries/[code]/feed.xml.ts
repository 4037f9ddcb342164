// The Atom feed of new and updated statements concerning one country.
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { dataset } from '../../../site/dataset.ts';
import { atomResponse, countryFeed } from '../../../site/feeds.ts';
import { paths } from '../../../site/routes.ts';

// A copy: Astro keys the array a route returns by that route's addresses, and the page route returns the same one.
export const getStaticPaths = () => [...paths.countries];

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  atomResponse((base) => countryFeed(dataset, props.country, base), site);
