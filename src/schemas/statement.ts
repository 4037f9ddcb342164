import { z } from 'zod';
import { choiceOf, idSchema, languageTagSchema, textSchema } from './common.ts';
import { correctionsSchema } from './correction.ts';
import { knownDateSchema } from './date.ts';
import { stanceSchema } from './stance.ts';
import { ruleParams } from './hints.ts';

/** How the words are given. */
export const statementForms = {
  verbatim: 'The exact words, in quotation marks in the article.',
  paraphrase: "The article's own wording of what was said.",
  translation: 'The exact words, translated from the language they were said in, in quotation marks in the article.',
} as const;

/** How the article knows what was said. */
export const attributions = {
  direct: 'The article reports the statement itself.',
  'according-to':
    "The article relays someone else's report of it (\"according to …\", another outlet's report, a readout published by someone else). A government's readout of its own meeting, on its own site, is direct.",
} as const;

/** Who translated words shown beside the original. */
export const translators = {
  outlet: 'The outlet published this translation.',
  editors: "This site's editors translated it, for readers who do not read the original.",
} as const;

/** How one statement relates to another. Definitions are published on the methodology page. */
export const statementRelations = {
  contradicts:
    'The two are accounts of the same occasion or fact that cannot both be true (two readouts of one call that disagree; "no such assurance was given").',
  disputes:
    'This statement argues against what the other says, without being another account of the same occasion (a rebuttal of a claim or an interpretation).',
  'same-remark': 'The same remark, attributed to a different speaker by another report (an unnamed spokesman here, the named one there).',
} as const;

export type StatementRelation = keyof typeof statementRelations;

export const claimStanceSchema = z.strictObject({
  claim: idSchema.describe('The claim: the id of a file in content/claims/.'),
  stance: stanceSchema.describe('How the statement bears on the claim: asserts, denies, no-evidence or other (see Stances).'),
  uncertain: textSchema
    .optional()
    .describe('Why the stance is uncertain, when the words leave it open (an excerpt that stops mid-sentence); leave out when they do not.'),
});

/** An outlet or an official named by id, or a party described in words ("Azerbaijani outlets"). */
export const accordingToLinkSchema = z.union([
  textSchema,
  z
    .strictObject({
      outlet: idSchema.optional().describe('An outlet: the id of a file in content/sources/.'),
      official: idSchema.optional().describe('A person or institution: the id of a file in content/officials/.'),
    })
    .refine((link) => (link.outlet === undefined) !== (link.official === undefined), {
      message: 'names neither or both of `outlet` and `official`',
      params: ruleParams('according-to-link'),
    }),
]);

export const translationSchema = z.strictObject({
  text: textSchema.describe('The translated words.'),
  language: languageTagSchema.describe('The language of the translation (`en`).'),
  by: choiceOf(translators).describe('Who translated: `outlet` or `editors` (this site).'),
});

export const originalSchema = z.strictObject({
  text: textSchema.describe('The words in the language they were said in, exactly as the article gives them beside its translation.'),
  language: languageTagSchema.describe('Their language (`az`, `fa`).'),
});

export const relatedStatementSchema = z.strictObject({
  statement: idSchema.describe('The other statement: its id.'),
  relation: choiceOf(statementRelations).describe('How this one relates to it: contradicts, disputes or same-remark (see Relations between statements).'),
  note: textSchema.describe('One line a reader can check: what differs, or why they are the same remark.'),
});

export const speakerSchema = z.union([
  idSchema,
  z.strictObject({ outlet: idSchema.describe('The outlet speaking in its own voice (an editorial): the id of a file in content/sources/.') }),
]);

export const statementSchema = z
  .strictObject({
    id: idSchema.describe('A permanent id; another article reporting the same statement uses the same id.'),
    speaker: speakerSchema.describe(
      'Who said it: the id of a person, institution or unnamed speaker in content/officials/, or `{ outlet: <id> }` for an outlet speaking for itself.',
    ),
    said: knownDateSchema.describe('When this article says it was said (reports may differ): a date, `unknown`, or an inferred date with its basis.'),
    event: idSchema.optional().describe('The occasion it was said on: the id of a file in content/events/.'),
    claims: z
      .array(claimStanceSchema)
      .describe('The claims it bears on, with its stance toward each; may be empty (`[]`) only for a remark recorded as part of an event’s accounts.'),
    form: choiceOf(statementForms).describe('How the words are given: verbatim, paraphrase or translation (see Forms).'),
    text: textSchema.describe('The words as this article gives them; a verbatim quote or a quoted translation exactly as it stands in the article body.'),
    language: languageTagSchema.optional().describe("Language of `text` when it is not the article's."),
    original: originalSchema
      .optional()
      .describe("The speaker's own words in their language, when the article gives them beside its translation (they must stand in the body)."),
    translation: translationSchema.optional().describe('The words translated for readers (usually into English), with who translated them.'),
    attribution: choiceOf(attributions).describe("How the article knows: direct, or according-to someone else's report (see Attribution)."),
    accordingTo: z
      .union([accordingToLinkSchema, z.array(accordingToLinkSchema).min(1)])
      .optional()
      .describe(
        'Whose report the article relays, when `attribution` is `according-to`: `{ outlet: <id> }`, `{ official: <id> }` or words ("Azerbaijani outlets"); a list for a chain, nearest first.',
      ),
    passage: textSchema.optional().describe('The passage of the article body the statement relies on, copied exactly.'),
    context: z
      .strictObject({
        venue: textSchema.optional().describe('The place (city, building, programme).'),
        occasion: textSchema.optional().describe('The occasion (a meeting, a press conference, an interview).'),
      })
      .optional()
      .describe('Where and on what occasion it was said, as the article gives it.'),
    related: z.array(relatedStatementSchema).optional().describe('Other statements it contradicts, disputes, or is the same remark as.'),
    corrections: correctionsSchema,
  })
  .superRefine((statement, ctx) => {
    if (statement.claims.length === 0 && statement.event === undefined) {
      ctx.addIssue({ code: 'custom', path: ['claims'], message: 'is empty', params: ruleParams('claims-empty') });
    }
    if (statement.attribution === 'according-to' && statement.accordingTo === undefined) {
      ctx.addIssue({ code: 'custom', path: ['accordingTo'], message: 'is missing', params: ruleParams('according-to-missing') });
    }
    if (statement.attribution === 'direct' && statement.accordingTo !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['accordingTo'], message: 'is given for a direct statement', params: ruleParams('according-to-direct') });
    }
  });

export type StatementData = z.infer<typeof statementSchema>;
export type StatementForm = StatementData['form'];
export type Attribution = StatementData['attribution'];
export type SpeakerData = StatementData['speaker'];
export type AccordingToLink = z.infer<typeof accordingToLinkSchema>;
