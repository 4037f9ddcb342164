// Per-function entry points: the package index loads every module of date-fns (1.8 s and 200 MB at
// start-up, measured), and `parse` alone all its parsers (0.4 s); `parseISO` reads our ISO dates.
// `lightFormat` writes ISO dates without `format`'s locale machinery (importing `format` took 0.29 s of
// each `npm run validate`, against 0.07 s); month names come from Intl, as country names do.
import { endOfMonth } from 'date-fns/endOfMonth';
import { isValid } from 'date-fns/isValid';
import { lightFormat } from 'date-fns/lightFormat';
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
  return isValid(parsed) && lightFormat(parsed, pattern) === value;
}

/** First day a partial date can mean, as `yyyy-MM-dd` (`2026-02` → `2026-02-01`). Worked out once per date. */
export const firstDayOf: (value: PartialDate) => string = memoized((value) => {
  const precision = precisionOf(value);
  if (precision === 'day') return value;
  if (precision === 'month') return `${value}-01`;
  return `${value}-01-01`;
});

const lastDayOfMonth = memoized((month: string) => lightFormat(endOfMonth(parseISO(month)), 'yyyy-MM-dd'));

/** The latest of some `yyyy-MM-dd` days, or `''` when there are none. */
export function latestOf(days: Iterable<string>): string {
  let latest = '';
  for (const day of days) if (day > latest) latest = day;
  return latest;
}

/** Last day a partial date can mean, as `yyyy-MM-dd` (`2026-02` → `2026-02-28`). Worked out once per date. */
export const lastDayOf: (value: PartialDate) => string = memoized((value) => {
  const precision = precisionOf(value);
  if (precision === 'day') return value;
  if (precision === 'month') return lastDayOfMonth(value);
  return `${value}-12-31`;
});

// Day, month name, year, as British English writes them; in UTC, so the calendar date is the one given.
const dayWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthWords = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A partial date for readers, at its own precision: `6 February 2026`, `February 2026`, `2026`. */
export const formatPartialDate: (value: PartialDate) => string = memoized((value) => {
  const precision = precisionOf(value);
  if (precision === 'day') return dayWords.format(new Date(`${value}T00:00:00Z`));
  if (precision === 'month') return monthWords.format(new Date(`${value}-01T00:00:00Z`));
  return value;
});

/**
 * Today as `yyyy-MM-dd`, the reference for "is this date in the future". A reproducible build sets
 * `SOURCE_DATE_EPOCH` (seconds since 1970, as reproducible-builds.org defines it): today is then that
 * day in UTC, so the same content and the same epoch give the same result on any day.
 */
export function todayIso(now: Date = new Date(), epoch: string | undefined = process.env.SOURCE_DATE_EPOCH): string {
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return lightFormat(now, 'yyyy-MM-dd');
}
