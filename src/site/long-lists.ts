// The long lists on an outlet's and a country's page (an outlet's articles, the statements it carried and
// the reports relaying it; a country's claims and officials). The page shows the first few of each; a list
// longer than that has pages of its own, so no page grows with the archive.
import { workedOutWhenRead } from '../lib/memo.ts';
import type { Claim, Country, Dataset, Official, Source } from '../pipeline/dataset.ts';
import { earliestDay, latestDay, sortKey } from '../lib/known-date.ts';
import { countOf } from '../lib/text.ts';

/** How many entries of each list the owner's page shows. */
export const listPreviewSize = 20;

/** How many entries a page of a list's own pages holds. */
export const listPageSize = 50;

/**
 * A claim's timeline and sources are its page's substance: shown whole up to this many entries. A longer
 * one (a claim in the news for months) shows the `listPreviewSize` newest, and has pages of its own.
 */
export const claimListWholeUpTo = 50;

/** Newest first by a day (`yyyy-mm-dd`); entries without one last, in the order given. */
export function newestFirst<T>(entries: readonly T[], dayOf: (entry: T) => string | undefined): T[] {
  return entries
    .map((entry) => ({ entry, day: dayOf(entry) }))
    .sort((a, b) => (a.day === undefined ? (b.day === undefined ? 0 : 1) : b.day === undefined ? -1 : b.day.localeCompare(a.day)))
    .map(({ entry }) => entry);
}

const publishedDay = (dataset: Dataset, articleId: string) => {
  const published = dataset.articlesById.get(articleId)!.data.published;
  return earliestDay(published) ?? latestDay(published);
};

/** What a list is called and how it is ordered, in words for its pages. */
interface ListWords {
  /** The list's heading on its own pages. */
  title: string;
  /** What it holds, in the plural ("articles"); its own pages exist only for more than one. */
  plural: string;
  /** How it is ordered, after "All 57 articles, " on its pages. */
  order: string;
  /** The pagination's links, to the page before and after. */
  previous: string;
  next: string;
}

/** An outlet's lists, each with its entries in order; the key is the address segment. */
export const outletLists = {
  articles: {
    entries: (dataset: Dataset, source: Source) => newestFirst(source.articleIds, (id) => publishedDay(dataset, id)),
    title: 'Articles',
    plural: 'articles',
    order: 'by the date they were published, newest first; articles whose date is not stated come last',
    previous: 'Newer articles',
    next: 'Older articles',
  },
  statements: {
    entries: (dataset: Dataset, source: Source) => newestFirst(source.carriedStatementIds, (id) => dataset.statementsById.get(id)!.earliestDay),
    title: 'Statements it carried',
    plural: 'statements',
    order: 'by the date they were said, newest first; statements whose date no source states come last',
    previous: 'Newer statements',
    next: 'Older statements',
  },
  relayed: {
    entries: (dataset: Dataset, source: Source) => newestFirst(source.relayedBy, ({ articleId }) => publishedDay(dataset, articleId)),
    title: 'Relayed by others',
    plural: 'reports',
    order: 'by the date the relaying article was published, newest first',
    previous: 'Newer reports',
    next: 'Older reports',
  },
} as const satisfies Record<string, ListWords & { entries: (dataset: Dataset, source: Source) => unknown[] }>;

/** A country's lists, each with its entries in order; the key is the address segment. */
export const countryLists = {
  claims: {
    entries: (dataset: Dataset, country: Country) => newestFirst(country.claimIds, (id) => dataset.claimsById.get(id)!.latestStatementDay),
    title: 'Claims',
    plural: 'claims',
    order: 'the most recently spoken of first; claims with no dated statement come last',
    previous: 'More recent claims',
    next: 'Less recent claims',
  },
  officials: {
    entries: (dataset: Dataset, country: Country) =>
      [...country.officialIds].sort(
        (a, b) => dataset.officialsById.get(b)!.statementCount - dataset.officialsById.get(a)!.statementCount || a.localeCompare(b),
      ),
    title: 'Officials and institutions',
    plural: 'officials and institutions',
    order: 'those with the most statements first',
    previous: 'More statements',
    next: 'Fewer statements',
  },
} as const satisfies Record<string, ListWords & { entries: (dataset: Dataset, country: Country) => unknown[] }>;

/** An official's lists; the key is the address segment. */
export const officialLists = {
  statements: {
    entries: (dataset: Dataset, official: Official) => newestFirst(official.statementIds, (id) => dataset.statementsById.get(id)!.earliestDay),
    title: 'Statements',
    plural: 'statements',
    order: 'by the date they were said, newest first; statements whose date no source states come last',
    previous: 'Newer statements',
    next: 'Older statements',
  },
} as const satisfies Record<string, ListWords & { entries: (dataset: Dataset, official: Official) => unknown[] }>;

/** A claim's lists; the key is the address segment. */
export const claimLists = {
  statements: {
    entries: (dataset: Dataset, claim: Claim) =>
      newestFirst(
        claim.timeline.map((entry) => entry.statementId),
        (id) => dataset.statementsById.get(id)!.earliestDay,
      ),
    title: 'Statements',
    plural: 'statements',
    order: 'by the date they were said, newest first; statements whose date no source states come last',
    previous: 'Newer statements',
    next: 'Older statements',
  },
  sources: {
    entries: (dataset: Dataset, claim: Claim) =>
      [...claim.articleIds].sort((a, b) =>
        sortKey(dataset.articlesById.get(a)!.data.published).localeCompare(sortKey(dataset.articlesById.get(b)!.data.published)),
      ),
    title: 'Sources',
    plural: 'articles',
    order: 'earliest first, each with its original and, where one is recorded, an archived copy',
    previous: 'Earlier articles',
    next: 'Later articles',
  },
} as const satisfies Record<string, ListWords & { entries: (dataset: Dataset, claim: Claim) => unknown[] }>;

export type ClaimListName = keyof typeof claimLists;
export type OutletListName = keyof typeof outletLists;
export type OfficialListName = keyof typeof officialLists;
export type CountryListName = keyof typeof countryLists;

/** A list's address under its owner's page (`/sources/x/articles/`), page 1 unless another is given. */
export function listUrl(ownerUrl: string, list: string, page = 1): string {
  return `${ownerUrl}${list}/${page === 1 ? '' : `${page}/`}`;
}

/**
 * What the owner's page shows of a list, and, when that is not all of it, words for the link to the rest.
 * A list of up to `wholeUpTo` entries is shown whole; a longer one, its first `listPreviewSize`.
 */
export function listPreview<T>(
  ownerUrl: string,
  list: string,
  words: ListWords,
  entries: readonly T[],
  wholeUpTo = listPreviewSize,
): { shown: T[]; more?: { href: string; text: string } } {
  if (entries.length <= wholeUpTo) return { shown: [...entries] };
  const pages = Math.ceil(entries.length / listPageSize);
  return {
    shown: entries.slice(0, listPreviewSize),
    more: { href: listUrl(ownerUrl, list), text: `All ${countOf(entries.length, words.plural, words.plural)}${pages > 1 ? `, on ${pages} pages` : ''}` },
  };
}

/** The lists of every outlet, country, official and claim too long for its page, each to be paged; each kind's worked out when first read. */
export function pagedLists(dataset: Dataset) {
  return workedOutWhenRead({
    outlets: () =>
      dataset.sources.flatMap((source) =>
        (Object.keys(outletLists) as OutletListName[]).flatMap((list) => {
          const entries: unknown[] = outletLists[list].entries(dataset, source);
          return entries.length > listPreviewSize ? [{ source, list, entries }] : [];
        }),
      ),
    countries: () =>
      dataset.countries.flatMap((country) =>
        (Object.keys(countryLists) as CountryListName[]).flatMap((list) => {
          const entries: unknown[] = countryLists[list].entries(dataset, country);
          return entries.length > listPreviewSize ? [{ country, list, entries }] : [];
        }),
      ),
    officials: () =>
      dataset.officials.flatMap((official) =>
        (Object.keys(officialLists) as OfficialListName[]).flatMap((list) => {
          const entries: unknown[] = officialLists[list].entries(dataset, official);
          return entries.length > listPreviewSize ? [{ official, list, entries }] : [];
        }),
      ),
    claims: () =>
      dataset.claims.flatMap((claim) =>
        (Object.keys(claimLists) as ClaimListName[]).flatMap((list) => {
          const entries: unknown[] = claimLists[list].entries(dataset, claim);
          return entries.length > claimListWholeUpTo ? [{ claim, list, entries }] : [];
        }),
      ),
  });
}
