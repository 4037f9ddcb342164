// Per-function entry points: the package index loads every module of date-fns (1.8 s and 200 MB at
// start-up, measured), and `parse` alone all its parsers (0.4 s); `parseISO` reads our ISO dates.
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { memoized } from './memo.ts';

/** A calendar date as precise as a source states it: `2026`, `2026-02` or `2026-02-06`. */
export type PartialDate = string;

export type DatePrecision = 'year' | 'month' | 'day';

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision of a partial date, or undefined when it is not one (`2026-2`, `06/02/2026`). */
export function precisionOf(value: string): DatePrecision | undefined {
  const match = partialDatePattern.exec(value);
  if (!match) return undefined;
  return match[3] ? 'day' : match[2] ? 'month' : 'year';
}

const realDates = new Map<string, boolean>();

/** True when the partial date exists in the calendar (no 2024-02-30, no month 13). Worked out once per date. */
export function isRealDate(value: string): boolean {
  let real = realDates.get(value);
  if (real === undefined) realDates.set(value, (real = checkRealDate(value)));
  return real;
}

function checkRealDate(value: string): boolean {
  const precision = precisionOf(value);
  if (!precision) return false;
  const pattern = { year: 'yyyy', month: 'yyyy-MM', day: 'yyyy-MM-dd' }[precision];
  const parsed = parseISO(value);
  return isValid(parsed) && format(parsed, pattern) === value;
}

/** First day a partial date can mean, as `yyyy-MM-dd` (`2026-02` → `2026-02-01`). */
export function firstDayOf(value: PartialDate): string {
  const precision = precisionOf(value);
  if (precision === 'day') return value;
  if (precision === 'month') return `${value}-01`;
  return `${value}-01-01`;
}

const lastDayOfMonth = memoized((month: string) => format(endOfMonth(parseISO(month)), 'yyyy-MM-dd'));

/** Last day a partial date can mean, as `yyyy-MM-dd` (`2026-02` → `2026-02-28`). */
export function lastDayOf(value: PartialDate): string {
  const precision = precisionOf(value);
  if (precision === 'day') return value;
  if (precision === 'month') return lastDayOfMonth(value);
  return `${value}-12-31`;
}

/** A partial date for readers, at its own precision: `6 February 2026`, `February 2026`, `2026`. */
export const formatPartialDate: (value: PartialDate) => string = memoized((value) => {
  const precision = precisionOf(value);
  if (precision === 'day') return format(parseISO(value), 'd MMMM yyyy');
  if (precision === 'month') return format(parseISO(value), 'MMMM yyyy');
  return value;
});

/** Today as `yyyy-MM-dd`, the reference for "is this date in the future". */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
