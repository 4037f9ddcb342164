import { z } from 'zod';
import { httpUrlSchema, idSchema, languageTagSchema, textSchema } from './common.ts';
import { correctionsSchema } from './correction.ts';
import { dayDateSchema, knownDateSchema } from './date.ts';
import { statementSchema } from './statement.ts';
import { ruleParams } from './hints.ts';

/** A statement of an event that this account leaves out, as a contributor found on reading it whole. */
export const omissionSchema = z.strictObject({
  statement: idSchema.describe('The statement another account of the event reports: its id.'),
  note: textSchema.describe('What this account says instead, or that it says nothing on it, in one line a reader can check.'),
});

/** Frontmatter of `content/articles/**\/<id>.md`: one news report. The body holds its text. */
export const articleSchema = z
  .strictObject({
    headline: textSchema.describe(
      'The headline exactly as the outlet published it, or `unknown` when the copy you have shows none (wire copy, an excerpt, a transcript).',
    ),
    url: httpUrlSchema.describe('Link to the article as published (http or https); one article per URL.'),
    outlet: idSchema.describe('The outlet that published it: the id of a file in content/sources/.'),
    published: knownDateSchema.describe('When it was published: a date, `unknown` when the page does not say, or an inferred date with its basis.'),
    accessed: dayDateSchema.describe('The day you read it, `yyyy-MM-dd`.'),
    language: languageTagSchema.describe('Its language as a BCP 47 tag (`en`, `fa`, `az-Latn`).'),
    authors: z.array(textSchema).optional().describe('Bylines as printed; leave out when the article names no author.'),
    archive: httpUrlSchema.optional().describe('A copy in a web archive, in case the original changes or disappears.'),
    events: z
      .array(idSchema)
      .optional()
      .describe('Events it gives an account of (ids in content/events/), also when none of its statements bears on a tracked claim.'),
    omits: z.array(omissionSchema).optional().describe('Statements of those events that other accounts report and this one, read whole, leaves out.'),
    corrections: correctionsSchema,
    statements: z.array(statementSchema).describe('What was said in it: one entry per statement (none only when it is an account of an event).'),
  })
  .superRefine((article, ctx) => {
    if (article.statements.length === 0 && (article.events ?? []).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['statements'], message: 'is empty', params: ruleParams('statements-empty') });
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;
export type Omission = z.infer<typeof omissionSchema>;

/** The value of `headline` when the copy has none. */
export const unknownHeadline = 'unknown';
