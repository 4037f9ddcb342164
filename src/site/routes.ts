// Routes computed once from the dataset; route files only return them.
import { dataset } from './dataset.ts';
import { pagedLists } from './long-lists.ts';
import { workedOutWhenRead } from '../lib/memo.ts';

/** Each route's paths, worked out when the route first asks for them. */
export const paths = workedOutWhenRead({
  claims: () => dataset.claims.map((claim) => ({ params: { id: claim.id }, props: { claim } })),
  statements: () => dataset.statements.map((statement) => ({ params: { id: statement.id }, props: { statement } })),
  articles: () => dataset.articles.map((article) => ({ params: { id: article.id }, props: { article } })),
  officials: () => dataset.officials.map((official) => ({ params: { id: official.id }, props: { official } })),
  sources: () => dataset.sources.map((source) => ({ params: { id: source.id }, props: { source } })),
  events: () => dataset.events.map((event) => ({ params: { id: event.id }, props: { event } })),
  /** Outlets' and countries' lists too long for their pages, each to be paged. */
  longLists: () => pagedLists(dataset),
  countries: () => dataset.countries.map((country) => ({ params: { code: country.code.toLowerCase() }, props: { country } })),
});
