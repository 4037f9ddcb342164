// npm run schemas: writes the editor's JSON Schemas (public/schemas/*.schema.json) from the zod schemas.
// A test fails when they are stale, so run this after changing a schema.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { frontmatterJsonSchema, jsonSchemaPath } from '../src/contributor/json-schema.ts';
import { contentKinds } from '../src/schemas/index.ts';

const root = path.resolve(import.meta.dirname, '..');
for (const kind of Object.values(contentKinds)) {
  const file = path.join(root, jsonSchemaPath(kind));
  writeFileSync(file, `${JSON.stringify(frontmatterJsonSchema(kind), null, 2)}\n`);
  console.log(`wrote ${path.relative(root, file)}`);
}
