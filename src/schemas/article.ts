import { z } from 'zod';
import { httpUrlSchema, idSchema, languageTagSchema, textSchema } from './common.ts';
import { dayDateSchema, knownDateSchema } from './date.ts';
import { statementSchema } from './statement.ts';

/** Frontmatter of `content/articles/**\/<id>.md`: one news report. The body holds its text. */
export const articleSchema = z.strictObject({
  headline: textSchema.describe('The headline exactly as the outlet published it.'),
  url: httpUrlSchema.describe('Link to the article as published (http or https); one article per URL.'),
  outlet: idSchema.describe('The outlet that published it: the id of a file in content/sources/.'),
  published: knownDateSchema.describe('When it was published: a date, `unknown` when the page does not say, or an inferred date with its basis.'),
  accessed: dayDateSchema.describe('The day you read it, `yyyy-MM-dd`.'),
  language: languageTagSchema.describe('Its language as a BCP 47 tag (`en`, `fa`, `az-Latn`).'),
  authors: z.array(textSchema).optional().describe('Bylines as printed; leave out when the article names no author.'),
  archive: httpUrlSchema.optional().describe('A copy in a web archive, in case the original changes or disappears.'),
  statements: z.array(statementSchema).min(1).describe('What was said in it: one entry per statement.'),
});

export type ArticleData = z.infer<typeof articleSchema>;
