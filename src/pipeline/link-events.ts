// Events with every account of them set side by side: for each statement made at an event, what each
// account has of it: its report, a declared omission, or nothing recorded.
import type { AccountCoverage, Article, Event, EventAccount, Source, Statement } from './dataset.ts';
import { htmlWhenRead } from './render.ts';
import { datesAgree } from './said-date.ts';
import type { Entry } from './content-views.ts';
import type { EventData } from '../schemas/event.ts';

export function linkEvents(
  entries: readonly Entry<EventData>[],
  articles: readonly Article[],
  statementsById: ReadonlyMap<string, Statement>,
  sourcesById: ReadonlyMap<string, Pick<Source, 'data'>>,
): Event[] {
  const articlesByEvent = new Map<string, Article[]>();
  for (const article of articles) for (const eventId of article.eventIds) articlesByEvent.set(eventId, [...(articlesByEvent.get(eventId) ?? []), article]);
  const statementsByEvent = new Map<string, Statement[]>();
  for (const statement of statementsById.values())
    for (const eventId of statement.eventIds) statementsByEvent.set(eventId, [...(statementsByEvent.get(eventId) ?? []), statement]);
  return entries.map(({ id, parsed, data }) => {
    const accountArticles = articlesByEvent.get(id) ?? [];
    const accounts: EventAccount[] = accountArticles.map((article) => ({
      articleId: article.id,
      outletId: article.data.outlet,
      readout: sourcesById.get(article.data.outlet)?.data.kind === 'government',
    }));
    const statements = [...(statementsByEvent.get(id) ?? [])].sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id));
    const coverage = statements.map((statement) => ({
      statementId: statement.id,
      byAccount: accountArticles.map((article): AccountCoverage => {
        const report = statement.reports.find((candidate) => candidate.articleId === article.id);
        if (report) return { kind: 'reported', report, datedAsEvent: datesAgree(report.said, data.date) };
        const omission = article.data.omits?.find((omitted) => omitted.statement === statement.id);
        return omission ? { kind: 'omitted', note: omission.note } : { kind: 'not-recorded' };
      }),
    }));
    // The page changes when an account is read or corrected, or a statement made at the event changes
    // (a report of it read, corrected or retracted, in any article).
    const lastUpdated = [
      ...accountArticles.flatMap((article) => [article.data.accessed, ...(article.data.corrections ?? []).map((correction) => correction.date)]),
      ...statements.map((statement) => statement.lastUpdated),
    ]
      .filter((day) => day !== '')
      .sort()
      .at(-1);
    const descriptionHtml = htmlWhenRead(parsed);
    return {
      id,
      data,
      get descriptionHtml() {
        return descriptionHtml();
      },
      accounts,
      coverage,
      claimIds: [...new Set(statements.flatMap((statement) => statement.claims.map((link) => link.claimId)))].sort(),
      ...(lastUpdated === undefined ? {} : { lastUpdated }),
    };
  });
}
