import { z } from 'zod';
import { firstDayOf, isRealDate, lastDayOf, precisionOf } from '../lib/dates.ts';
import { httpUrlSchema } from './common.ts';
import { editorPattern, ruleParams } from './hints.ts';

/** A date as precise as the source states it: `2026-02-06`, `2026-02` or `2026`. */
export const partialDateSchema = z
  // YAML reads an unquoted `2026` as a number; a year is still a date here.
  .union([z.string(), z.int().transform(String)])
  .pipe(
    z
      .string()
      .refine((value) => precisionOf(value) !== undefined, { message: 'not a date', params: ruleParams('date-format') })
      .refine((value) => precisionOf(value) === undefined || isRealDate(value), {
        message: 'not a day in the calendar',
        params: ruleParams('date-impossible'),
      }),
  )
  .meta(editorPattern('^\\d{4}(-\\d{2}(-\\d{2})?)?$', 'date-format'));

/** A full day, `yyyy-MM-dd`. */
export const dayDateSchema = partialDateSchema
  .refine((value) => precisionOf(value) === 'day', { message: 'not a full day', params: ruleParams('date-day') })
  .meta(editorPattern('^\\d{4}-\\d{2}-\\d{2}$', 'date-day'));

/** A date the source does not state but that we can bound or infer, with how we know. */
export const inferredDateSchema = z
  .strictObject({
    date: partialDateSchema.optional().describe('The best single date, at the precision known (`2026-02-06`, `2026-01`).'),
    notBefore: partialDateSchema.optional().describe('The earliest it can be.'),
    notAfter: partialDateSchema.optional().describe('The latest it can be.'),
    basis: z.string().trim().min(1).describe('How we know, in one sentence a reader can check (which source gives the date).'),
    basisUrl: httpUrlSchema.optional().describe('Link to where the date comes from, if it is another page.'),
  })
  .refine((value) => value.date !== undefined || value.notBefore !== undefined || value.notAfter !== undefined, {
    message: 'gives no date',
    params: ruleParams('date-inferred-empty'),
  })
  .refine((value) => value.notBefore === undefined || value.notAfter === undefined || firstDayOf(value.notBefore) <= lastDayOf(value.notAfter), {
    message: '`notAfter` is before `notBefore`',
    path: ['notAfter'],
    params: ruleParams('date-range-order'),
  })
  .refine(
    (value) =>
      value.date === undefined ||
      ((value.notBefore === undefined || lastDayOf(value.date) >= firstDayOf(value.notBefore)) &&
        (value.notAfter === undefined || firstDayOf(value.date) <= lastDayOf(value.notAfter))),
    { message: '`date` falls outside `notBefore`–`notAfter`', path: ['date'], params: ruleParams('date-range-order') },
  );

/**
 * What is known about when something happened: a stated date (`2026-02-06`, `2026-02`, `2026`),
 * `unknown` when the source does not say, or an inferred date `{ date | notBefore | notAfter, basis }`.
 */
export const knownDateSchema = z.union([z.literal('unknown'), partialDateSchema, inferredDateSchema]);

export type KnownDate = z.infer<typeof knownDateSchema>;
export type InferredDate = z.infer<typeof inferredDateSchema>;
