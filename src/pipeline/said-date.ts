import { earliestDay, latestDay } from '../lib/known-date.ts';
import type { KnownDate } from '../schemas/date.ts';
import type { DateAccount, SaidDate } from './dataset.ts';

const span = (date: KnownDate) => ({ start: earliestDay(date) ?? '0000-01-01', end: latestDay(date) ?? '9999-12-31' });
const width = (date: KnownDate) => {
  const { start, end } = span(date);
  return Date.parse(end) - Date.parse(start);
};
const isStated = (date: KnownDate) => typeof date === 'string' && date !== 'unknown';

/**
 * The date of a statement from the dates its reports give. They agree when the most precise of them is
 * allowed by every other (`June 2025` allows `13 June 2025`; `unknown` allows anything): that date is
 * the statement's, a stated one preferred to an inferred one. Otherwise they differ, and every date is
 * kept with the articles that give it.
 */
export function statementDate(reports: readonly { articleId: string; said: KnownDate }[]): SaidDate {
  const accounts: DateAccount[] = [];
  for (const report of reports) {
    const key = JSON.stringify(report.said);
    const existing = accounts.find((account) => JSON.stringify(account.date) === key);
    if (existing) existing.articleIds.push(report.articleId);
    else accounts.push({ date: report.said, articleIds: [report.articleId] });
  }
  const [narrowest] = [...accounts].sort((a, b) => width(a.date) - width(b.date) || Number(isStated(b.date)) - Number(isStated(a.date)));
  const inner = span(narrowest!.date);
  const allowed = accounts.every((account) => {
    const outer = span(account.date);
    return outer.start <= inner.start && inner.end <= outer.end;
  });
  if (allowed) return { kind: 'agreed', date: narrowest!.date };
  // A report that gives no date does not disagree with any: only the dates that conflict are listed.
  const dated = accounts.filter((account) => account.date !== 'unknown');
  return { kind: 'differs', accounts: dated.sort((a, b) => span(a.date).start.localeCompare(span(b.date).start)) };
}

/** True when one date allows the other (`June 2025` and `13 June 2025`; `unknown` and anything). */
export function datesAgree(a: KnownDate, b: KnownDate): boolean {
  const [first, second] = [span(a), span(b)];
  return (first.start <= second.start && second.end <= first.end) || (second.start <= first.start && first.end <= second.end);
}

/** Every day a statement may have been made, across all its reports' dates. */
export function saidSpan(said: SaidDate): { earliest?: string; latest?: string } {
  const dates = said.kind === 'agreed' ? [said.date] : said.accounts.map((account) => account.date);
  const starts = dates
    .map(earliestDay)
    .filter((day): day is string => day !== undefined)
    .sort();
  const ends = dates
    .map(latestDay)
    .filter((day): day is string => day !== undefined)
    .sort();
  return { ...(starts[0] === undefined ? {} : { earliest: starts[0] }), ...(ends.at(-1) === undefined ? {} : { latest: ends.at(-1)! }) };
}
