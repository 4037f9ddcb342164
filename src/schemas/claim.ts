import { z } from 'zod';
import { countryCodeSchema, textSchema } from './common.ts';
import { dayDateSchema } from './date.ts';
import { claimStatusSchema } from './status.ts';

export const statusChangeSchema = z.strictObject({
  /** The day the status was set, `yyyy-MM-dd`. */
  date: dayDateSchema,
  /** unsubstantiated | disputed | denied | corroborated | confirmed | false */
  status: claimStatusSchema,
  /** Why, in a sentence a reader can check against the statements. */
  reason: textSchema,
});

/** Frontmatter of `content/claims/<id>.md`: one proposition. The body is its summary. */
export const claimSchema = z.strictObject({
  /** The claim as one neutral sentence that neither endorses nor rejects it. */
  proposition: textSchema,
  /** A short form for titles and lists, under 75 characters. */
  short: textSchema.max(74, { message: 'is 75 characters or longer' }),
  /** The countries it concerns, as ISO 3166-1 alpha-2 codes (`AZ`, `IR`). */
  countries: z.array(countryCodeSchema).min(1),
  /** Every change of status, oldest first; the last one is the current status. */
  statusHistory: z.array(statusChangeSchema).min(1),
});

export type ClaimData = z.infer<typeof claimSchema>;
