import { describe, expect, it } from 'vitest';
import { emptyState, hasCriteria, parseSearchState, searchStateToQuery, toPagefindFilters, type FacetLabels } from '../../src/site/search-state.ts';

const labels: FacetLabels = {
  type: { claim: 'Claim', statement: 'Statement' },
  country: { AZ: 'Azerbaijan', IR: 'Iran' },
  speakerCountry: { AZ: 'Azerbaijan', IR: 'Iran' },
  official: { 'ilham-aliyev': 'Ilham Aliyev' },
  stance: { denies: 'Denies' },
  outlet: { 'tehran-times': 'Tehran Times' },
  year: { '2026': '2026' },
};

describe('the search URL', () => {
  it('reads the query, every facet and the order from the URL', () => {
    const state = parseSearchState('?q=+territory+&country=AZ&official=ilham-aliyev&country=IR&sort=date&country=AZ');
    expect(state.q).toBe('territory');
    expect(state.filters.country).toEqual(['AZ', 'IR']);
    expect(state.filters.official).toEqual(['ilham-aliyev']);
    expect(state.filters.type).toEqual([]);
    expect(state.sort).toBe('date');
  });

  it('writes a state back to the same URL, with facets in a fixed order', () => {
    const state = parseSearchState('?official=ilham-aliyev&q=territory&country=IR&country=AZ');
    expect(searchStateToQuery(state)).toBe('?q=territory&country=AZ&country=IR&official=ilham-aliyev');
    expect(parseSearchState(searchStateToQuery(state))).toEqual(state);
    expect(searchStateToQuery(emptyState())).toBe('');
  });

  it('turns URL codes into the values pages are filed under: any value within a facet, all facets together', () => {
    const state = parseSearchState('?country=AZ&country=IR&official=ilham-aliyev');
    expect(toPagefindFilters(state, labels)).toEqual({ country: { any: ['Azerbaijan', 'Iran'] }, official: { any: ['Ilham Aliyev'] } });
    // The country concerned and the speaker's country are separate facets: about Azerbaijan, said by Iranians.
    const apart = parseSearchState('?speakerCountry=IR&country=AZ');
    expect(toPagefindFilters(apart, labels)).toEqual({ country: { any: ['Azerbaijan'] }, speakerCountry: { any: ['Iran'] } });
    expect(searchStateToQuery(apart)).toBe('?country=AZ&speakerCountry=IR');
  });

  it('matches nothing for a value that is not in the index, rather than ignoring it', () => {
    const filters = toPagefindFilters(parseSearchState('?official=ilham-aliev'), labels);
    expect(filters.official!.any).toHaveLength(1);
    expect(Object.values(labels.official)).not.toContain(filters.official!.any[0]);
  });

  it('knows when there is something to search for: a query, or any filter (browse mode)', () => {
    expect(hasCriteria(parseSearchState(''))).toBe(false);
    expect(hasCriteria(parseSearchState('?sort=date'))).toBe(false);
    expect(hasCriteria(parseSearchState('?country=AZ'))).toBe(true);
    expect(hasCriteria(parseSearchState('?q=x'))).toBe(true);
  });
});
