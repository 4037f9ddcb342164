// Conservation: every entry of the content has exactly one page, and every such page is in the search
// index, no more and no fewer. The build checks it (src/integrations/pagefind.ts) and fails on any
// difference, so an entry cannot silently go missing from the site or from search.
import type { Dataset } from '../pipeline/dataset.ts';
import { countOf } from '../lib/text.ts';
// Not from search-records.ts: that module loads the dataset, and this one is imported by the build's config.
import { typeLabels, type SearchType } from './labels.ts';
import { urls } from './urls.ts';

/** The page of every entry, by kind: articles, claims, countries, events, officials, outlets, statements. */
export function entryPages(dataset: Dataset): { kind: SearchType; path: string }[] {
  return [
    ...dataset.articles.map((entry) => ({ kind: 'article' as const, path: urls.article(entry.id) })),
    ...dataset.claims.map((entry) => ({ kind: 'claim' as const, path: urls.claim(entry.id) })),
    ...dataset.countries.map((entry) => ({ kind: 'country' as const, path: urls.country(entry.code) })),
    ...dataset.events.map((entry) => ({ kind: 'event' as const, path: urls.event(entry.id) })),
    ...dataset.officials.map((entry) => ({ kind: 'official' as const, path: urls.official(entry.id) })),
    ...dataset.sources.map((entry) => ({ kind: 'source' as const, path: urls.source(entry.id) })),
    ...dataset.statements.map((entry) => ({ kind: 'statement' as const, path: urls.statement(entry.id) })),
  ];
}

/**
 * The files Pagefind reads, as a glob from the output folder: each entry's page (`claims/<id>/index.html`),
 * and none of the lists (`claims/index.html`, `claims/2/index.html`, `claims/<id>/sources/2/index.html`).
 * An id is never digits alone (src/schemas/common.ts), so it has a letter or a hyphen where a list's page
 * number has neither. Lists are not in the index; left unread, they no longer cost Pagefind the time and
 * memory of parsing them (at 10,000 articles 1,756 pages, 78 MB: 17 → 11 s, 2.31 → 2.13 GB).
 */
export function entryPageGlob(): string {
  const sections = [urls.article, urls.claim, urls.country, urls.event, urls.official, urls.source, urls.statement].map((page) => page('x').split('/')[1]);
  return `{${sections.join(',')}}/{*[a-z]*,*-*}/index.html`;
}

/**
 * Entry pages that Pagefind would not file under their own kind: a page without `data-pagefind-body` stays
 * out of the index, and one with another `type` filter would be counted (and found) as another kind. With
 * the total checked against the index, this makes the index's count of each kind the content's.
 */
export function kindProblems(expected: readonly { kind: SearchType; path: string }[], htmlOf: (path: string) => string | undefined): string[] {
  const wrong = new Map<SearchType, string[]>();
  for (const page of expected) {
    const html = htmlOf(page.path);
    if (html === undefined) continue; // reported as a missing page
    const types = [...html.matchAll(/data-pagefind-filter="type:([^"]*)"/g)].map((match) => match[1]);
    if (html.includes('data-pagefind-body') && types.length === 1 && types[0] === typeLabels[page.kind]) continue;
    wrong.set(page.kind, [...(wrong.get(page.kind) ?? []), page.path]);
  }
  return [...wrong].map(
    ([kind, paths]) =>
      `${countOf(paths.length, 'page')} of kind ${typeLabels[kind]} would not be in the search index under that kind: ${paths
        .slice(0, 5)
        .join(', ')}${paths.length > 5 ? ', …' : ''}`,
  );
}

/** What differs between the entries and the built site: entries without a page, and a search index of another size. */
export function conservationProblems(
  expected: readonly { kind: SearchType; path: string }[],
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
