// An outlet's long lists (its articles, the statements it carried, the reports that relay it), newest
// first. The outlet's page shows the newest few of each; a list longer than that has pages of its own,
// so no outlet page grows with the outlet's archive.
import type { Dataset, Source } from '../pipeline/dataset.ts';
import { earliestDay, latestDay } from '../lib/known-date.ts';
import { countOf } from '../lib/text.ts';
import { urls } from './urls.ts';

/** How many entries of each list the outlet's page shows. */
export const outletPreviewSize = 20;

/** How many entries a page of a list's own pages holds. */
export const outletListPageSize = 50;

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

/** The lists, each with its entries newest first and words for its pages; the key is the address segment. */
export const outletLists = {
  articles: {
    entries: (dataset: Dataset, source: Source) => newestFirst(source.articleIds, (id) => publishedDay(dataset, id)),
    noun: 'article',
    title: 'Articles',
    order: 'by the date they were published, newest first; articles whose date is not stated come last',
  },
  statements: {
    entries: (dataset: Dataset, source: Source) => newestFirst(source.statementIds, (id) => dataset.statementsById.get(id)!.earliestDay),
    noun: 'statement',
    title: 'Statements it carried',
    order: 'by the date they were said, newest first; statements whose date no source states come last',
  },
  relayed: {
    entries: (dataset: Dataset, source: Source) => newestFirst(source.relayedBy, ({ articleId }) => publishedDay(dataset, articleId)),
    noun: 'report',
    title: 'Relayed by others',
    order: 'by the date the relaying article was published, newest first',
  },
} as const;

export type OutletListName = keyof typeof outletLists;

/** The outlet's list address, page 1 unless another is given. */
export function outletListUrl(sourceId: string, list: OutletListName, page = 1): string {
  return `${urls.source(sourceId)}${list}/${page === 1 ? '' : `${page}/`}`;
}

/** What the outlet's page shows of a list, and, when that is not all of it, words for the link to the rest. */
export function outletPreview<T>(source: Source, list: OutletListName, entries: readonly T[]): { shown: T[]; more?: { href: string; text: string } } {
  if (entries.length <= outletPreviewSize) return { shown: [...entries] };
  const pages = Math.ceil(entries.length / outletListPageSize);
  return {
    shown: entries.slice(0, outletPreviewSize),
    more: {
      href: outletListUrl(source.id, list),
      text: `All ${countOf(entries.length, outletLists[list].noun)}${pages > 1 ? `, on ${pages} pages` : ''}`,
    },
  };
}
