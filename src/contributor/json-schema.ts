import { z } from 'zod';
import { schemaByKind, type ContentKind } from '../schemas/index.ts';

/** Where each kind's files live, for the editor's file-to-schema mapping. */
export const contentGlobs: Record<ContentKind, string> = {
  article: 'content/articles/**/*.md',
  claim: 'content/claims/*.md',
  event: 'content/events/*.md',
  official: 'content/officials/*.md',
  source: 'content/sources/*.md',
};

/** The JSON Schema of one kind's frontmatter, generated from its zod schema (descriptions included). */
export function frontmatterJsonSchema(kind: ContentKind): Record<string, unknown> {
  const schema = z.toJSONSchema(schemaByKind[kind], { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  return { ...schema, title: `Claim Tracker ${kind} frontmatter`, $id: `https://claim-tracker.example/schemas/${kind}.schema.json` };
}

/** The file each schema is written to, relative to the project root. */
export const jsonSchemaPath = (kind: ContentKind) => `public/schemas/${kind}.schema.json`;
