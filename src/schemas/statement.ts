import { z } from 'zod';
import { idSchema, languageTagSchema, textSchema } from './common.ts';
import { knownDateSchema } from './date.ts';
import { stanceSchema } from './stance.ts';

/** How the words are given. */
export const statementForms = {
  verbatim: 'The exact words, in quotation marks in the article.',
  paraphrase: "The article's own wording of what was said.",
  translation: 'The exact words, translated from the language they were said in.',
} as const;

/** How the article knows what was said. */
export const attributions = {
  direct: 'The article reports the statement itself.',
  'according-to': 'The article relays someone else\'s report of it ("according to …", a readout, other outlets).',
} as const;

export const claimStanceSchema = z.strictObject({
  /** The claim: the id of a file in content/claims/. */
  claim: idSchema,
  /** asserts | denies | no-evidence | other */
  stance: stanceSchema,
});

export const statementSchema = z
  .strictObject({
    /** A permanent id; another article reporting the same statement uses the same id. */
    id: idSchema,
    /** Who said it: the id of a person or institution in content/officials/. */
    speaker: idSchema,
    /** When it was said (may differ from publication): a date, `unknown`, or an inferred date with its basis. */
    said: knownDateSchema,
    /** The claims it bears on, with its stance toward each. */
    claims: z.array(claimStanceSchema).min(1),
    /** verbatim | paraphrase | translation */
    form: z.enum(Object.keys(statementForms) as [keyof typeof statementForms, ...(keyof typeof statementForms)[]]),
    /** The words; a verbatim quote exactly as it stands in the article body. */
    text: textSchema,
    /** Language of `text` when it is not the article's. */
    language: languageTagSchema.optional(),
    /** direct | according-to */
    attribution: z.enum(Object.keys(attributions) as [keyof typeof attributions, ...(keyof typeof attributions)[]]),
    /** Who the article says reported it, when `attribution` is `according-to` (e.g. "Azerbaijani outlets"). */
    accordingTo: textSchema.optional(),
    /** The passage of the article body the statement relies on, copied exactly. */
    passage: textSchema.optional(),
    /** Where and on what occasion it was said, as the article gives it. */
    context: z
      .strictObject({
        /** The place (city, building, programme). */
        venue: textSchema.optional(),
        /** The occasion (a meeting, a press conference, an interview). */
        occasion: textSchema.optional(),
      })
      .optional(),
  })
  .superRefine((statement, ctx) => {
    if (statement.attribution === 'according-to' && statement.accordingTo === undefined) {
      ctx.addIssue({ code: 'custom', path: ['accordingTo'], message: 'is missing', params: { rule: 'according-to-missing' } });
    }
    if (statement.attribution === 'direct' && statement.accordingTo !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['accordingTo'], message: 'is given for a direct statement', params: { rule: 'according-to-direct' } });
    }
  });

export type StatementData = z.infer<typeof statementSchema>;
export type StatementForm = StatementData['form'];
export type Attribution = StatementData['attribution'];
