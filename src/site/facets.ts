// The facets a reader can narrow a search by, in the order the search page shows them, with their
// titles: the one list the search records, the search page, its URL state and its script read.
export const facetTitles = { type: 'Type', country: 'Country', official: 'Official', stance: 'Stance', outlet: 'Outlet', year: 'Year' } as const;

export type FacetName = keyof typeof facetTitles;

export const facetNames = Object.keys(facetTitles) as FacetName[];
