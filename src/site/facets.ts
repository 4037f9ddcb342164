// The facets a reader can narrow a search by, in the order the search page shows them, with their
// titles: the one list the search records, the search page, its URL state and its script read.
// Two country facets, because a statement can concern one country and come from another: `country` is
// the country a page concerns (a claim's countries, and through them its statements and articles; an
// official's, outlet's or country's own), `speakerCountry` the country of whoever spoke.
export const facetTitles = {
  type: 'Type',
  country: 'Country concerned',
  speakerCountry: 'Speaker’s country',
  official: 'Official',
  stance: 'Stance',
  outlet: 'Outlet',
  year: 'Year',
} as const;

export type FacetName = keyof typeof facetTitles;

export const facetNames = Object.keys(facetTitles) as FacetName[];
