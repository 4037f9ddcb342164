// Dates as precise as the source states them, and how they read on the page.
import { describe, expect, it } from 'vitest';
import { firstDayOf, formatPartialDate, isRealDate, lastDayOf, precisionOf, todayIso } from '../../src/lib/dates.ts';
import { describeKnownDate, earliestDay, latestDay, sortKey } from '../../src/lib/known-date.ts';
import { dayDateSchema, knownDateSchema, partialDateSchema, type KnownDate } from '../../src/schemas/date.ts';

describe('precisionOf', () => {
  it('knows a year, a month and a day', () => {
    expect(precisionOf('2026')).toBe('year');
    expect(precisionOf('2026-02')).toBe('month');
    expect(precisionOf('2026-02-06')).toBe('day');
  });

  it('rejects anything else', () => {
    for (const value of ['2026-2', '2026-02-6', '06/02/2026', '6 February 2026', '2026-02-06T00:00', ' 2026', '2026-02-06 ', '26', '', 'unknown']) {
      expect(precisionOf(value), value).toBeUndefined();
    }
  });
});

describe('isRealDate', () => {
  it('accepts dates that exist, including 29 February in a leap year', () => {
    for (const value of ['2026', '2026-02', '2026-02-06', '2026-12-31', '2024-02-29', '2000-02-29']) expect(isRealDate(value), value).toBe(true);
  });

  it('rejects impossible dates', () => {
    for (const value of ['2024-02-30', '2023-02-29', '1900-02-29', '2026-04-31', '2026-13', '2026-00', '2026-01-00', '2026-01-32']) {
      expect(isRealDate(value), value).toBe(false);
    }
  });

  it('rejects what is not a date at all', () => {
    expect(isRealDate('06/02/2026')).toBe(false);
    expect(isRealDate('2026-2-6')).toBe(false);
  });
});

describe('first and last day of a partial date', () => {
  it('spans the year, the month (leap years included) or the day', () => {
    expect([firstDayOf('2026'), lastDayOf('2026')]).toEqual(['2026-01-01', '2026-12-31']);
    expect([firstDayOf('2026-02'), lastDayOf('2026-02')]).toEqual(['2026-02-01', '2026-02-28']);
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2026-04')).toBe('2026-04-30');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
    expect([firstDayOf('2026-02-06'), lastDayOf('2026-02-06')]).toEqual(['2026-02-06', '2026-02-06']);
  });
});

describe('formatPartialDate', () => {
  it('reads at its own precision', () => {
    expect(formatPartialDate('2026-02-06')).toBe('6 February 2026');
    expect(formatPartialDate('2026-02')).toBe('February 2026');
    expect(formatPartialDate('2026')).toBe('2026');
    expect(formatPartialDate('2026-11-22')).toBe('22 November 2026');
    expect(formatPartialDate('2024-02-29')).toBe('29 February 2024');
  });
});

describe('todayIso', () => {
  it('gives the local day as yyyy-MM-dd', () => {
    expect(todayIso(new Date(2026, 10, 22, 0, 0), '')).toBe('2026-11-22');
    expect(todayIso(new Date(2026, 10, 22, 23, 59), '')).toBe('2026-11-22');
    expect(todayIso(new Date(2026, 0, 5), '')).toBe('2026-01-05');
  });

  it('is the day of SOURCE_DATE_EPOCH in UTC when a reproducible build sets it', () => {
    expect(todayIso(new Date(2030, 0, 1), '1770336000')).toBe('2026-02-06');
    expect(todayIso(new Date(2030, 0, 1), 'not a number')).toBe('2030-01-01');
  });
});

describe('the date schemas', () => {
  it('read an unquoted YAML year (a number) as a year', () => {
    expect(partialDateSchema.parse(2026)).toBe('2026');
    expect(partialDateSchema.safeParse(2026.5).success).toBe(false);
  });

  it('reject impossible and malformed dates with their own rule', () => {
    const impossible = partialDateSchema.safeParse('2024-02-30');
    expect(impossible.success).toBe(false);
    expect(impossible.error!.issues.map((issue) => issue.message)).toEqual(['not a day in the calendar']);
    const malformed = partialDateSchema.safeParse('06/02/2026');
    expect(malformed.error!.issues.map((issue) => issue.message)).toEqual(['not a date']);
  });

  it('require a full day where a day is needed', () => {
    expect(dayDateSchema.safeParse('2026-11-22').success).toBe(true);
    expect(dayDateSchema.safeParse('2026-11').error!.issues.map((issue) => issue.message)).toEqual(['not a full day']);
  });

  it('accept unknown, a partial date or an inferred date with a basis', () => {
    expect(knownDateSchema.parse('unknown')).toBe('unknown');
    expect(knownDateSchema.parse('2026-02')).toBe('2026-02');
    expect(knownDateSchema.parse({ notBefore: '2026-02-06', basis: 'Press TV dated it.' })).toEqual({ notBefore: '2026-02-06', basis: 'Press TV dated it.' });
    expect(knownDateSchema.safeParse('Unknown').success).toBe(false);
    expect(knownDateSchema.safeParse({ basis: 'No date at all.' }).success).toBe(false);
    expect(knownDateSchema.safeParse({ date: '2026-02-06' }).success).toBe(false);
  });
});

describe('earliestDay, latestDay and sortKey', () => {
  const cases: [KnownDate, string | undefined, string | undefined][] = [
    ['unknown', undefined, undefined],
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2026-02-06', '2026-02-06', '2026-02-06'],
    [{ date: '2026-02', basis: 'b' }, '2026-02-01', '2026-02-28'],
    [{ notBefore: '2026-02-06', basis: 'b' }, '2026-02-06', undefined],
    [{ notAfter: '2026-02', basis: 'b' }, undefined, '2026-02-28'],
    [{ notBefore: '2026-01', notAfter: '2026-02', basis: 'b' }, '2026-01-01', '2026-02-28'],
  ];

  it.each(cases)('bounds %j by %s and %s', (known, earliest, latest) => {
    expect(earliestDay(known)).toBe(earliest);
    expect(latestDay(known)).toBe(latest);
  });

  it('sorts dates chronologically, open-ended ones by their known bound, unknown ones last', () => {
    const dates: KnownDate[] = ['unknown', '2026-02-06', { notAfter: '2026-01', basis: 'b' }, '2026', { notBefore: '2026-02-07', basis: 'b' }, '2026-02'];
    expect([...dates].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual([
      '2026',
      { notAfter: '2026-01', basis: 'b' },
      '2026-02',
      '2026-02-06',
      { notBefore: '2026-02-07', basis: 'b' },
      'unknown',
    ]);
  });
});

describe('describeKnownDate', () => {
  it('says so when the source gives no date', () => {
    expect(describeKnownDate('unknown')).toEqual({ text: 'date not stated', inferred: false });
  });

  it('gives a stated date at its precision, with a machine-readable value', () => {
    expect(describeKnownDate('2026-02-06')).toEqual({ text: '6 February 2026', datetime: '2026-02-06', inferred: false });
    expect(describeKnownDate('2026-02')).toEqual({ text: 'February 2026', datetime: '2026-02', inferred: false });
    expect(describeKnownDate('2026')).toEqual({ text: '2026', datetime: '2026', inferred: false });
  });

  it('marks an inferred date as approximate and keeps its basis', () => {
    expect(describeKnownDate({ date: '2026-02-06', basis: 'Press TV dated the reception.', basisUrl: 'https://www.presstv.ir/x' })).toEqual({
      text: 'about 6 February 2026',
      datetime: '2026-02-06',
      inferred: true,
      basis: 'Press TV dated the reception.',
      basisUrl: 'https://www.presstv.ir/x',
    });
    expect(describeKnownDate({ notBefore: '2026-02-06', basis: 'b' })).toEqual({ text: 'not before 6 February 2026', inferred: true, basis: 'b' });
    expect(describeKnownDate({ notAfter: '2026-02', basis: 'b' })).toEqual({ text: 'not after February 2026', inferred: true, basis: 'b' });
    expect(describeKnownDate({ notBefore: '2026-01', notAfter: '2026-02', basis: 'b' }).text).toBe('between January 2026 and February 2026');
  });

  it('gives no datetime for a range, which has no single value', () => {
    expect(describeKnownDate({ notBefore: '2026-01', notAfter: '2026-02', basis: 'b' }).datetime).toBeUndefined();
    expect(describeKnownDate({ notBefore: '2026-02-06', basis: 'b' }).datetime).toBeUndefined();
  });
});
