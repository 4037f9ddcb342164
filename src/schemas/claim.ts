import { z } from 'zod';
import { countryCodeSchema, textSchema } from './common.ts';
import { correctionsSchema } from './correction.ts';
import { dayDateSchema } from './date.ts';
import { claimStatusSchema } from './status.ts';

export const statusChangeSchema = z.strictObject({
  date: dayDateSchema.describe('The day the status was set, `yyyy-MM-dd`.'),
  status: claimStatusSchema.describe("The claim's status from this date on (see Claim statuses)."),
  reason: textSchema.describe('Why, in a sentence a reader can check against the statements.'),
});

/** Frontmatter of `content/claims/<id>.md`: one proposition. The body is its summary. */
export const claimSchema = z.strictObject({
  proposition: textSchema.describe('The claim as one neutral sentence that neither endorses nor rejects it.'),
  short: textSchema.max(74, { message: 'is 75 characters or longer' }).describe('A short form for titles and lists, under 75 characters.'),
  countries: z.array(countryCodeSchema).min(1).describe('The countries it concerns, as ISO 3166-1 alpha-2 codes (`AZ`, `IR`).'),
  statusHistory: z.array(statusChangeSchema).min(1).describe('Every change of status, oldest first; the last one is the current status.'),
  corrections: correctionsSchema,
});

export type ClaimData = z.infer<typeof claimSchema>;
