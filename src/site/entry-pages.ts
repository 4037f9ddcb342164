// Conservation: every entry of the content has exactly one page, and every such page is in the search
// index, no more and no fewer. The build checks it (src/integrations/pagefind.ts) and fails on any
// difference, so an entry cannot silently go missing from the site or from search.
import type { Dataset } from '../pipeline/dataset.ts';
import { countOf } from '../lib/text.ts';
import { urls } from './urls.ts';

/** The page of every entry, by kind: articles, claims, countries, events, officials, outlets, statements. */
export function entryPages(dataset: Dataset): { kind: string; path: string }[] {
  return [
    ...dataset.articles.map((entry) => ({ kind: 'article', path: urls.article(entry.id) })),
    ...dataset.claims.map((entry) => ({ kind: 'claim', path: urls.claim(entry.id) })),
    ...dataset.countries.map((entry) => ({ kind: 'country', path: urls.country(entry.code) })),
    ...dataset.events.map((entry) => ({ kind: 'event', path: urls.event(entry.id) })),
    ...dataset.officials.map((entry) => ({ kind: 'official', path: urls.official(entry.id) })),
    ...dataset.sources.map((entry) => ({ kind: 'outlet', path: urls.source(entry.id) })),
    ...dataset.statements.map((entry) => ({ kind: 'statement', path: urls.statement(entry.id) })),
  ];
}

/** What differs between the entries and the built site: entries without a page, and a search index of another size. */
export function conservationProblems(
  expected: readonly { kind: string; path: string }[],
  pageExists: (path: string) => boolean,
  indexedPages: number,
): string[] {
  const missing = expected.filter((page) => !pageExists(page.path));
  return [
    ...(missing.length === 0
      ? []
      : [
          `no page for ${countOf(missing.length, 'entry', 'entries')} of the content: ${missing
            .slice(0, 5)
            .map((page) => `${page.kind} ${page.path}`)
            .join(', ')}${missing.length > 5 ? ', …' : ''}`,
        ]),
    ...(indexedPages === expected.length
      ? []
      : [`the search index holds ${countOf(indexedPages, 'page')}, but the content has ${countOf(expected.length, 'entry', 'entries')} with a page each`]),
  ];
}
