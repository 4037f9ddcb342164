// Every filter value with its number of pages, for the search page's filters before any search.
import { everySearchRecord, facetCounts } from '../../site/search-records.ts';

export const GET = () => Response.json(facetCounts(everySearchRecord()));
