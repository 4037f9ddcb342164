// The search page's state lives in its URL (`/search/?q=…&country=AZ&official=ilham-aliyev`), so a
// search can be shared, bookmarked, and walked with back and forward. Pure functions, unit-tested.
import { facetNames, type FacetName } from './facets.ts';

/** Every facet can be set in the URL. */
export const urlFacets = facetNames;

export interface SearchState {
  q: string;
  /** Selected values per facet, as they appear in the URL (codes and ids, not display names). */
  filters: Record<FacetName, string[]>;
  sort: 'relevance' | 'date';
  /** Search the words exactly as typed, without reading names typed in another alphabet as the names they spell. */
  exact: boolean;
}

/** For each facet, URL value → the value Pagefind files pages under (`AZ` → `Azerbaijan`). */
export type FacetLabels = Record<FacetName, Record<string, string>>;

export function emptyState(): SearchState {
  return { q: '', filters: { type: [], country: [], speakerCountry: [], official: [], stance: [], outlet: [], year: [] }, sort: 'relevance', exact: false };
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const facet of urlFacets) state.filters[facet] = [...new Set(params.getAll(facet).filter((value) => value !== ''))].sort();
  state.sort = params.get('sort') === 'date' ? 'date' : 'relevance';
  state.exact = params.get('exact') === '1';
  return state;
}

/** The query string for a state, with facets in a fixed order so equal searches have equal URLs. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const facet of urlFacets) for (const value of [...state.filters[facet]].sort()) params.append(facet, value);
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.exact) params.set('exact', '1');
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Pagefind filters: any of the values within a facet, all facets together. Unknown URL values match nothing. */
export function toPagefindFilters(state: SearchState, labels: FacetLabels): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of urlFacets) {
    const values = state.filters[facet];
    if (values.length > 0) filters[facet] = { any: values.map((value) => labels[facet][value] ?? `\u0000unknown ${value}`) };
  }
  return filters;
}

export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || urlFacets.some((facet) => state.filters[facet].length > 0);
}
