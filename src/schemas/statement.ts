import { z } from 'zod';
import { choiceOf, idSchema, languageTagSchema, textSchema } from './common.ts';
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
  claim: idSchema.describe('The claim: the id of a file in content/claims/.'),
  stance: stanceSchema.describe('How the statement bears on the claim: asserts, denies, no-evidence or other (see Stances).'),
});

export const statementSchema = z
  .strictObject({
    id: idSchema.describe('A permanent id; another article reporting the same statement uses the same id.'),
    speaker: idSchema.describe('Who said it: the id of a person or institution in content/officials/.'),
    said: knownDateSchema.describe('When it was said (may differ from publication): a date, `unknown`, or an inferred date with its basis.'),
    claims: z.array(claimStanceSchema).min(1).describe('The claims it bears on, with its stance toward each.'),
    form: choiceOf(statementForms).describe('How the words are given: verbatim, paraphrase or translation (see Forms).'),
    text: textSchema.describe('The words; a verbatim quote exactly as it stands in the article body.'),
    language: languageTagSchema.optional().describe('Language of `text` when it is not the article\'s.'),
    attribution: choiceOf(attributions).describe('How the article knows: direct, or according-to someone else\'s report (see Attribution).'),
    accordingTo: textSchema.optional().describe('Who the article says reported it, when `attribution` is `according-to` (e.g. "Azerbaijani outlets").'),
    passage: textSchema.optional().describe('The passage of the article body the statement relies on, copied exactly.'),
    context: z
      .strictObject({
        venue: textSchema.optional().describe('The place (city, building, programme).'),
        occasion: textSchema.optional().describe('The occasion (a meeting, a press conference, an interview).'),
      })
      .optional()
      .describe('Where and on what occasion it was said, as the article gives it.'),
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
