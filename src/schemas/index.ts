// The kinds of content file and the schema of each: the one list the pipeline, the editor's
// collections, the JSON Schemas and the field reference all read.
import type { z } from 'zod';
import { articleSchema } from './article.ts';
import { claimSchema } from './claim.ts';
import { eventSchema } from './event.ts';
import { officialSchema } from './official.ts';
import { sourceSchema } from './source.ts';

/** The kinds of content file, each in its own folder of `content/`. */
export const contentKinds = { articles: 'article', claims: 'claim', events: 'event', officials: 'official', sources: 'source' } as const;
export type ContentKind = (typeof contentKinds)[keyof typeof contentKinds];

/** The frontmatter schema of each kind of content file. */
export const schemaByKind = {
  article: articleSchema,
  claim: claimSchema,
  event: eventSchema,
  official: officialSchema,
  source: sourceSchema,
} satisfies Record<ContentKind, z.ZodType>;
