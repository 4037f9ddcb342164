// The editor's JSON Schemas: generated from the zod schemas, never stale, and they agree with the
// validator on real content and on the mistakes a schema alone can see.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { frontmatterJsonSchema, jsonSchemaPath } from '../../src/contributor/json-schema.ts';
import { contentKinds, type ContentKind } from '../../src/schemas/index.ts';
import { kindOfPath, parseContentFile } from '../../src/pipeline/parse.ts';

const root = path.resolve(import.meta.dirname, '../..');
const kinds = Object.values(contentKinds);
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (ajv: Ajv) => void)(ajv);
const validators = Object.fromEntries(kinds.map((kind) => [kind, ajv.compile(frontmatterJsonSchema(kind))])) as Record<ContentKind, ReturnType<Ajv['compile']>>;

/** Every content file under a content folder, with its kind and parsed frontmatter. */
function frontmatters(contentDir: string): { file: string; kind: ContentKind; data: unknown }[] {
  const absolute = path.join(root, contentDir);
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => entry.endsWith('.md') && kindOfPath(entry) !== undefined)
    .map((entry) => {
      const kind = kindOfPath(entry)!;
      const { parsed } = parseContentFile(entry, kind, readFileSync(path.join(absolute, entry), 'utf8'));
      return { file: `${contentDir}/${entry}`, kind, data: parsed?.data };
    });
}

describe('the JSON Schemas for editors', () => {
  it('are up to date with the zod schemas (run `npm run schemas` after changing one)', () => {
    for (const kind of kinds) {
      const committed = JSON.parse(readFileSync(path.join(root, jsonSchemaPath(kind)), 'utf8')) as unknown;
      expect(committed, jsonSchemaPath(kind)).toEqual(frontmatterJsonSchema(kind));
    }
  });

  it('describe every field of every kind, nested ones included, for the editor’s hover text', () => {
    interface Node {
      description?: string;
      properties?: Record<string, Node>;
      items?: Node;
      anyOf?: Node[];
    }
    const undescribed: string[] = [];
    const walk = (node: Node, path: string) => {
      for (const [field, property] of Object.entries(node.properties ?? {})) {
        if (!property.description) undescribed.push(`${path}${field}`);
        walk(property, `${path}${field}.`);
      }
      if (node.items) walk(node.items, path.replace(/\.$/, '[].'));
      for (const option of node.anyOf ?? []) walk(option, path);
    };
    let fields = 0;
    for (const kind of kinds) {
      const schema = frontmatterJsonSchema(kind) as Node;
      walk(schema, `${kind}: `);
      fields += JSON.stringify(schema).split('"description"').length - 1;
    }
    expect(fields).toBeGreaterThan(80);
    expect(undescribed).toEqual([]);
  });

  it('accept every real content file and every file of the good fixture', () => {
    const files = [...frontmatters('content'), ...frontmatters('tests/fixtures/good/content')];
    expect(files.length).toBeGreaterThan(20);
    for (const { file, kind, data } of files) {
      const valid = validators[kind](data);
      expect(valid ? [] : validators[kind].errors, file).toEqual([]);
    }
  });

  const rejected = [
    'unknown-key',
    'missing-field',
    'missing-choice-field',
    'bad-type',
    'date-format',
    'url-javascript',
    'url-ftp',
    'unknown-choice',
    'language-tag',
  ];
  for (const fixture of rejected) {
    it(`rejects the broken fixture ${fixture}`, () => {
      const files = frontmatters(`tests/fixtures/broken/${fixture}/content`);
      const invalid = files.filter(({ kind, data }) => !validators[kind](data));
      expect(invalid.length, fixture).toBeGreaterThan(0);
    });
  }
});
