// The contributor guide's field reference, generated from the same schemas the validator uses.
import { frontmatterJsonSchema } from './json-schema.ts';
import type { ContentKind } from '../schemas/index.ts';
import { attributions, statementForms, statementRelations, translators } from '../schemas/statement.ts';
import { correctionKinds, correctionMakers } from '../schemas/correction.ts';
import { eventKinds } from '../schemas/event.ts';
import { stances } from '../schemas/stance.ts';
import { claimStatuses } from '../schemas/status.ts';
import { officialKinds } from '../schemas/official.ts';
import { sourceKinds } from '../schemas/source.ts';
import { ruleValueWords, type RuleName } from '../schemas/hints.ts';

export interface JsonSchema {
  /** One type, or several (`["string", "null"]` for a value that may be null). */
  type?: string | string[];
  description?: string;
  enum?: string[];
  const?: string;
  pattern?: string;
  /** The rule a pattern checks (`editorPattern`), which says what the value is. */
  'x-rule'?: RuleName;
  format?: string;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minItems?: number;
  maxLength?: number;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What a value looks like, in a few words. */
function typeOf(schema: JsonSchema): string {
  if (Array.isArray(schema.type)) return schema.type.map((type) => typeOf({ ...schema, type })).join(' or ');
  const ruleWords = schema['x-rule'] && ruleValueWords[schema['x-rule']];
  if (ruleWords && schema.type !== 'null') return ruleWords;
  // `false` the status is allowed written bare (a YAML boolean) or as text: one value to a reader.
  if (schema.anyOf?.some((option) => option.enum) && schema.anyOf.every((option) => option.enum || option.const !== undefined)) {
    return [...new Set(schema.anyOf.flatMap((option) => option.enum ?? [String(option.const)]))].map((value) => `\`${value}\``).join(', ');
  }
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeOf))].join(' or ');
  if (schema.const !== undefined) return `\`${schema.const}\``;
  if (schema.enum) return schema.enum.map((value) => `\`${value}\``).join(', ');
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}${schema.minItems ? ` (at least ${schema.minItems})` : ''}`;
  if (schema.type === 'object') return 'group of fields';
  if (schema.format === 'uri') return 'http(s) link';
  if (schema.format === 'date') return ruleValueWords['date-day']!;
  if (schema.type === 'null') return 'null';
  if (schema.type === 'integer') return 'whole number';
  if (schema.type === 'boolean') return 'true or false';
  return schema.maxLength ? `text (under ${schema.maxLength + 1} characters)` : 'text';
}

/** One field of a schema, nested fields named by their path (`statements[].speaker`). */
export interface SchemaField {
  path: string;
  required: boolean;
  /** What a value looks like, in a few words. */
  value: string;
  description: string;
}

/** Every field of a JSON Schema (of an object), nested fields after their parent. */
export function schemaFields(schema: JsonSchema, prefix = ''): SchemaField[] {
  const fields: SchemaField[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    fields.push({ path, required: schema.required?.includes(name) ?? false, value: typeOf(property), description: property.description ?? '' });
    const nested = property.type === 'array' ? property.items : property;
    if (nested?.type === 'object' && nested.properties) fields.push(...schemaFields(nested, `${path}${property.type === 'array' ? '[]' : ''}.`));
    for (const option of property.anyOf ?? []) if (option.type === 'object' && option.properties) fields.push(...schemaFields(option, `${path}.`));
  }
  return fields;
}

/** Rows for every field, nested fields as `statements[].speaker`. */
function rows(schema: JsonSchema, prefix: string): string[] {
  return schemaFields(schema, prefix).map(
    (field) => `| \`${field.path}\` | ${field.required ? 'yes' : 'no'} | ${escapeCell(field.value)} | ${escapeCell(field.description)} |`,
  );
}

const titles: Record<ContentKind, string> = {
  article: 'Article — `content/articles/<outlet>/<id>.md`',
  claim: 'Claim — `content/claims/<id>.md`',
  event: 'Event — `content/events/<id>.md`',
  official: 'Official — `content/officials/<id>.md`',
  source: 'Outlet — `content/sources/<id>.md`',
};

const definitionList = (definitions: Record<string, string>) =>
  Object.entries(definitions)
    .map(([value, meaning]) => `- \`${value}\`: ${meaning}`)
    .join('\n');

/** The generated part of CONTRIBUTING.md, between its `fields` markers. */
export function fieldReference(): string {
  const sections = (['article', 'claim', 'event', 'official', 'source'] as const).map((kind) =>
    [
      `### ${titles[kind]}`,
      '',
      '| field | required | value | what it means |',
      '| --- | --- | --- | --- |',
      ...rows(frontmatterJsonSchema(kind) as JsonSchema, ''),
    ].join('\n'),
  );
  return [
    ...sections,
    '### Stances (`stance`)',
    '',
    definitionList(stances),
    '',
    '### Forms (`form`)',
    '',
    definitionList(statementForms),
    '',
    '### Attribution (`attribution`)',
    '',
    definitionList(attributions),
    '',
    '### Claim statuses (`status`)',
    '',
    definitionList(claimStatuses),
    '',
    '### Kinds of speaker (`kind` of an official)',
    '',
    definitionList(officialKinds),
    '',
    '### Kinds of outlet (`kind`)',
    '',
    definitionList(sourceKinds),
    '',
    '### Kinds of event (`kind` of an event)',
    '',
    definitionList(eventKinds),
    '',
    '### Relations between statements (`relation`)',
    '',
    definitionList(statementRelations),
    '',
    '### Translators (`by` of a translation)',
    '',
    definitionList(translators),
    '',
    '### Kinds of correction (`kind` of a correction)',
    '',
    definitionList(correctionKinds),
    '',
    '### Who made a correction (`by` of a correction)',
    '',
    definitionList(correctionMakers),
  ]
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n');
}

export const fieldMarkers = { start: '<!-- fields:start (generated by `npm run docs`; do not edit by hand) -->', end: '<!-- fields:end -->' };

/** CONTRIBUTING.md with its generated section replaced by the current one. */
export function withFieldReference(guide: string): string {
  const start = guide.indexOf(fieldMarkers.start);
  const end = guide.indexOf(fieldMarkers.end);
  if (start === -1 || end === -1) throw new Error('CONTRIBUTING.md has lost its fields markers');
  return `${guide.slice(0, start + fieldMarkers.start.length)}\n\n${fieldReference()}\n\n${guide.slice(end)}`;
}
