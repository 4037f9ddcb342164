import { z } from 'zod';
import { httpUrlSchema, idSchema, languageTagSchema, textSchema } from './common.ts';
import { dayDateSchema, knownDateSchema } from './date.ts';
import { statementSchema } from './statement.ts';

/** Frontmatter of `content/articles/**\/<id>.md`: one news report. The body holds its text. */
export const articleSchema = z.strictObject({
  /** The headline exactly as the outlet published it. */
  headline: textSchema,
  /** Link to the article as published (http or https); one article per URL. */
  url: httpUrlSchema,
  /** The outlet that published it: the id of a file in content/sources/. */
  outlet: idSchema,
  /** When it was published: a date, `unknown` when the page does not say, or an inferred date with its basis. */
  published: knownDateSchema,
  /** The day you read it, `yyyy-MM-dd`. */
  accessed: dayDateSchema,
  /** Its language as a BCP 47 tag (`en`, `fa`, `az-Latn`). */
  language: languageTagSchema,
  /** Bylines as printed; leave out when the article names no author. */
  authors: z.array(textSchema).optional(),
  /** A copy in a web archive, in case the original changes or disappears. */
  archive: httpUrlSchema.optional(),
  /** What was said in it: one entry per statement. */
  statements: z.array(statementSchema).min(1),
});

export type ArticleData = z.infer<typeof articleSchema>;
