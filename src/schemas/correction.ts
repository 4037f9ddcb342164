import { z } from 'zod';
import { choiceOf, textSchema } from './common.ts';
import { dayDateSchema } from './date.ts';

/** What kind of change a correction notice records. Definitions are published on the corrections page. */
export const correctionKinds = {
  correction: 'A mistake was put right; the note says what was wrong and what it now says.',
  update: 'Information was added or changed later, without an earlier mistake.',
  retraction: 'The whole item was withdrawn. It stays on this site, marked, so the record of what was published is kept.',
} as const;

export type CorrectionKind = keyof typeof correctionKinds;

/** Who made the change. */
export const correctionMakers = {
  outlet: 'The outlet corrected, updated or retracted its own article.',
  editors: "This site's editors changed our record of it.",
} as const;

export type CorrectionMaker = keyof typeof correctionMakers;

/** One dated correction, update or retraction, shown on the page it concerns and in the corrections log. */
export const correctionSchema = z.strictObject({
  date: dayDateSchema.describe('The day the change was made, `yyyy-MM-dd`.'),
  kind: choiceOf(correctionKinds).describe('What kind of change: correction, update or retraction (see Kinds of correction).'),
  by: choiceOf(correctionMakers).describe('Who made it: `outlet` (the publisher changed its article) or `editors` (we changed our record).'),
  note: textSchema.describe('What changed and why, in one or two sentences a reader can check.'),
});

export type Correction = z.infer<typeof correctionSchema>;

/** A list of corrections, oldest first. */
export const correctionsSchema = z
  .array(correctionSchema)
  .optional()
  .describe('Dated corrections, updates and retractions, oldest first; each is shown on the page and in the corrections log.');
