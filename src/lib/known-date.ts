import type { KnownDate } from '../schemas/date.ts';
import { firstDayOf, formatPartialDate, lastDayOf } from './dates.ts';

/** The earliest day a known date can mean (`yyyy-MM-dd`), or undefined when nothing bounds it. */
export function earliestDay(known: KnownDate): string | undefined {
  if (known === 'unknown') return undefined;
  if (typeof known === 'string') return firstDayOf(known);
  if (known.date !== undefined) return firstDayOf(known.date);
  return known.notBefore === undefined ? undefined : firstDayOf(known.notBefore);
}

/** The latest day a known date can mean (`yyyy-MM-dd`), or undefined when nothing bounds it. */
export function latestDay(known: KnownDate): string | undefined {
  if (known === 'unknown') return undefined;
  if (typeof known === 'string') return lastDayOf(known);
  if (known.date !== undefined) return lastDayOf(known.date);
  return known.notAfter === undefined ? undefined : lastDayOf(known.notAfter);
}

/** A key that sorts dates chronologically with unknown dates last. */
export function sortKey(known: KnownDate): string {
  return earliestDay(known) ?? latestDay(known) ?? '9999-99-99';
}

/** How a date reads on the page, honest about precision and about how we know it. */
export interface DateDescription {
  /** The date itself: `6 February 2026`, `February 2026`, `not before 6 February 2026`, `date not stated`. */
  text: string;
  /** Machine-readable value for `<time datetime>`, when there is one. */
  datetime?: string;
  /** True when the source does not state the date and it is inferred from elsewhere. */
  inferred: boolean;
  /** How the inferred date is known. */
  basis?: string;
  basisUrl?: string;
}

export function describeKnownDate(known: KnownDate): DateDescription {
  if (known === 'unknown') return { text: 'date not stated', inferred: false };
  if (typeof known === 'string') return { text: formatPartialDate(known), datetime: known, inferred: false };
  const { date, notBefore, notAfter, basis, basisUrl } = known;
  let text: string;
  if (date !== undefined) text = `about ${formatPartialDate(date)}`;
  else if (notBefore !== undefined && notAfter !== undefined) text = `between ${formatPartialDate(notBefore)} and ${formatPartialDate(notAfter)}`;
  else if (notBefore !== undefined) text = `not before ${formatPartialDate(notBefore)}`;
  else text = `not after ${formatPartialDate(notAfter!)}`;
  return { text, inferred: true, basis, ...(date === undefined ? {} : { datetime: date }), ...(basisUrl === undefined ? {} : { basisUrl }) };
}
