import type { z } from 'zod';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { claimSchema, type ClaimData } from '../schemas/claim.ts';
import { idSchema } from '../schemas/common.ts';
import { eventSchema, type EventData } from '../schemas/event.ts';
import { officialSchema, type OfficialData } from '../schemas/official.ts';
import { sourceSchema, type SourceData } from '../schemas/source.ts';
import { claimStanceSchema, statementSchema } from '../schemas/statement.ts';
import { friendlyIssues, ruleOf } from './error-map.ts';
import { crossCheck } from './cross-check.ts';
import type { ContentIssue, FieldPath } from './issues.ts';
import { schemaByKind } from '../schemas/index.ts';
import type { ContentViews, Entry, Lenient, StatementReport, ValidateOptions, ValidContent } from './content-views.ts';
import { issueAt, type ParsedFile } from './parse.ts';

/** Validates every parsed file against its schema and against the rest of the content. */
export function validate(files: readonly ParsedFile[], options: ValidateOptions): { content: ValidContent; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const content: ValidContent = { articles: [], claims: [], events: [], officials: [], sources: [] };
  const views: ContentViews = {
    articles: [],
    claims: [],
    events: [],
    officials: [],
    sources: [],
    reports: [],
    ids: { article: [], claim: [], event: [], official: [], source: [] },
    files,
  };
  for (const { kind, id } of options.unparsed ?? []) views.ids[kind].push(id);

  for (const parsed of files) {
    const idCheck = idSchema.safeParse(parsed.id);
    if (!idCheck.success) {
      const [refused] = idCheck.error.issues;
      issues.push(
        refused !== undefined && ruleOf(refused) === 'id-route'
          ? issueAt(
              parsed,
              [],
              `file name "${parsed.id}.md" is ${refused.message}`,
              'rename the file with a word that says what it is, such as `tehran-times-2.md`',
            )
          : issueAt(parsed, [], `file name "${parsed.id}.md" is not a valid id`, 'rename the file to a lowercase slug such as `ilham-aliyev.md`'),
      );
      continue;
    }
    const schema = schemaByKind[parsed.kind] as z.ZodType;
    const result = schemaResult(schema, parsed.data);
    if (result.success) {
      const entry = { id: parsed.id, parsed, data: result.data };
      if (parsed.kind === 'article') content.articles.push(entry as Entry<ArticleData>);
      else if (parsed.kind === 'claim') content.claims.push(entry as Entry<ClaimData>);
      else if (parsed.kind === 'event') content.events.push(entry as Entry<EventData>);
      else if (parsed.kind === 'official') content.officials.push(entry as Entry<OfficialData>);
      else content.sources.push(entry as Entry<SourceData>);
    } else {
      for (const friendly of friendlyIssues(result.error.issues, (path) => keysAt(schema, parsed.data, path))) {
        issues.push(issueAt(parsed, friendly.path, friendly.message, friendly.hint, friendly.atKey));
      }
    }
    views.ids[parsed.kind].push(parsed.id);
    // A valid file's data is all valid; only a broken one is read field by field, for the checks across files.
    const valid = result.success ? (result.data as Record<string, unknown>) : undefined;
    if (parsed.kind === 'article') {
      views.articles.push({ parsed, data: valid ?? lenientParse(articleSchema, parsed.data) });
      views.reports.push(...(valid ? validStatementReports(parsed, valid as ArticleData) : statementReports(parsed)));
    } else if (parsed.kind === 'claim') views.claims.push({ parsed, data: valid ?? lenientParse(claimSchema, parsed.data) });
    else if (parsed.kind === 'event') views.events.push({ parsed, data: valid ?? lenientParse(eventSchema, parsed.data) });
    else if (parsed.kind === 'official') views.officials.push({ parsed, data: valid ?? lenientParse(officialSchema, parsed.data) });
    else views.sources.push({ parsed, data: valid ?? lenientParse(sourceSchema, parsed.data) });
  }

  issues.push(...crossCheck(views, options));
  return { content, issues: preferPlaceholderIssues(issues) };
}

/** Each schema's result for each parsed data object, kept while the object is (by the parse cache's memory). */
const schemaResults = new Map<z.ZodType, WeakMap<object, z.ZodSafeParseResult<unknown>>>();

/**
 * A file's data checked against its schema. The dev server keeps unchanged files' parses between loads,
 * the same objects each time: their results are kept with them, and a reload checks only what changed.
 * (Schemas depend on nothing but the data: dates in the future are found by the checks across files.)
 */
function schemaResult(schema: z.ZodType, data: unknown): z.ZodSafeParseResult<unknown> {
  if (typeof data !== 'object' || data === null) return schema.safeParse(data, { reportInput: true });
  let results = schemaResults.get(schema);
  if (!results) schemaResults.set(schema, (results = new WeakMap()));
  let result = results.get(data);
  if (!result) results.set(data, (result = schema.safeParse(data, { reportInput: true })));
  return result;
}

/** Where a scaffold's `TODO` is still in place, saying so is the whole story: drop other issues at that spot. */
function preferPlaceholderIssues(issues: ContentIssue[]): ContentIssue[] {
  const isPlaceholder = (issue: ContentIssue) => issue.message.startsWith('is still a placeholder');
  const spots = new Set(issues.filter(isPlaceholder).map((issue) => `${issue.file}:${issue.line}:${issue.column}`));
  return issues.filter((issue) => isPlaceholder(issue) || !spots.has(`${issue.file}:${issue.line}:${issue.column}`));
}

/** Each statement of a valid article, as the checks across files read it. */
function validStatementReports(article: ParsedFile, data: ArticleData): StatementReport[] {
  return data.statements.map(({ claims, ...statement }, index) => ({
    article,
    index,
    data: statement,
    claims: claims.map((link, claimIndex) => ({ index: claimIndex, ...link })),
  }));
}

/** Each statement of an article with the fields that are valid on their own. */
function statementReports(article: ParsedFile): StatementReport[] {
  const raw = asRecord(article.data).statements;
  if (!Array.isArray(raw)) return [];
  return raw.map((item, index) => {
    const { claims: _claims, ...data } = lenientParse(statementSchema, item);
    const rawClaims = asRecord(item).claims;
    const claims = (Array.isArray(rawClaims) ? rawClaims : []).flatMap((link, claimIndex) => {
      const result = claimStanceSchema.safeParse(link);
      return result.success ? [{ index: claimIndex, ...result.data }] : [];
    });
    return { article, index, data, claims };
  });
}

/** The fields of an object that pass their own schema; the rest are left out. */
function lenientParse<S extends z.ZodObject>(schema: S, data: unknown): Lenient<z.infer<S>> {
  const record = asRecord(data);
  const valid: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const result = (fieldSchema as z.ZodType).safeParse(record[key]);
    if (result.success && result.data !== undefined) valid[key] = result.data;
  }
  return valid as Lenient<z.infer<S>>;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The field names a schema allows at a path, for "did you mean" on an unknown field. */
function keysAt(schema: z.ZodType, data: unknown, path: FieldPath): string[] {
  let current: unknown = schema;
  let value: unknown = data;
  for (const segment of [...path, null]) {
    current = unwrap(current, value);
    if (segment === null) break;
    const def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[segment];
    else if (def.type === 'array') current = def.element;
    else return [];
    value = (value as Record<string | number, unknown> | undefined)?.[segment];
    if (current === undefined) return [];
  }
  const def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

function unwrap(schema: unknown, value: unknown): unknown {
  let current = schema as { _zod: { def: Record<string, unknown> } };
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType as typeof current;
    else if (def.type === 'pipe') current = def.in as typeof current;
    else if (def.type === 'union') {
      const options = def.options as (typeof current)[];
      const objectOption = options.find((option) => option._zod.def.type === 'object');
      if (!objectOption || typeof value !== 'object' || value === null) return current;
      current = objectOption;
    } else return current;
  }
}
