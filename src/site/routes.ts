// Routes computed once from the dataset; route files only return them.
import { dataset } from './dataset.ts';
import { outletListPageSize, outletLists, outletPreviewSize } from './outlet-lists.ts';

export const paths = {
  claims: dataset.claims.map((claim) => ({ params: { id: claim.id }, props: { claim } })),
  statements: dataset.statements.map((statement) => ({ params: { id: statement.id }, props: { statement } })),
  articles: dataset.articles.map((article) => ({ params: { id: article.id }, props: { article } })),
  officials: dataset.officials.map((official) => ({ params: { id: official.id }, props: { official } })),
  sources: dataset.sources.map((source) => ({ params: { id: source.id }, props: { source } })),
  events: dataset.events.map((event) => ({ params: { id: event.id }, props: { event } })),
  /** Outlets' lists too long for the outlet's page, each to be paged. */
  outletLists: dataset.sources.flatMap((source) =>
    (Object.keys(outletLists) as (keyof typeof outletLists)[]).flatMap((list) => {
      const entries: unknown[] = outletLists[list].entries(dataset, source);
      return entries.length > outletPreviewSize ? [{ source, list, entries }] : [];
    }),
  ),
  outletListPageSize,
  countries: dataset.countries.map((country) => ({ params: { code: country.code.toLowerCase() }, props: { country } })),
};
