// The open data as files: JSON and NDJSON of every collection, CSV of claims and of statements, the
// JSON Schemas, and a manifest of sizes and SHA-256 sums. Pure: the same records give the same bytes.
import { z } from 'zod';
import { collections, schemaVersion, type CollectionName, type DateRecord, type OpenData } from './records.ts';

/**
 * One file of the export, by its name in the export folder, as the pieces of text it is written in: a record
 * or a row at a time, so that no file of a large site is ever held whole in memory.
 */
export interface ExportFile {
  name: string;
  chunks: Iterable<string>;
}

/** A file's whole text (for tests and small files). */
export const fileText = (file: ExportFile): string => [...file.chunks].join('');

const collectionNames = Object.keys(collections) as CollectionName[];

/** A JSON Schema without the `x-rule` keyword the field list on /data/ reads (a validator in strict mode refuses keywords it does not know). */
function withoutOwnKeywords<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema, (key, value: unknown) => (key === 'x-rule' ? undefined : value))) as T;
}

/** The JSON Schema of a collection's JSON file (its records under `items`), generated from the zod schemas. */
export function collectionJsonSchema(name: CollectionName, site: URL): Record<string, unknown> {
  const file = z.object({
    // Any 1.x: a minor version adds fields, which these schemas let through (`io: 'input'`: no `additionalProperties: false`).
    schemaVersion: z
      .string()
      .regex(new RegExp(`^${schemaVersion.split('.')[0]}\\.\\d+\\.\\d+$`))
      .describe(`The version of these records (major.minor.patch; this folder's major is ${schemaVersion.split('.')[0]}).`),
    asOf: z.iso.date().describe('The latest day the record changed: an article read, a status set, a correction made.'),
    [name]: z.array(collections[name].record).describe(`${collections[name].title}, by id.`),
  });
  return {
    ...withoutOwnKeywords(z.toJSONSchema(file, { io: 'input', target: 'draft-2020-12' })),
    $id: new URL(`/data/v1/${name}.schema.json`, site).href,
    title: `Claim Tracker open data: ${collections[name].title.toLowerCase()} (${name}.json; each line of ${name}.ndjson is one item of \`${name}\`)`,
  };
}

// A spreadsheet runs a cell that starts with one of these as a formula; OWASP's advice is a leading
// apostrophe. Only the CSV gets it: the JSON, NDJSON and SQLite keep the text as the sources give it.
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type CsvRow = Record<string, string | number | boolean | null>;

/** CSV with a header row, CRLF line ends, and a byte-order mark so spreadsheets read it as UTF-8; a line at a time. */
function* csv<Column extends string>(rows: Iterable<Record<Column, CsvRow[string]>>, columns: readonly Column[]): Generator<string> {
  yield `\uFEFF${columns.join(',')}\r\n`;
  for (const row of rows) yield `${columns.map((column) => csvField(row[column])).join(',')}\r\n`;
}

/** A date's columns, each name with the prefix: `said`, `saidPrecision`, `saidKnown`, `saidNotBefore`, `saidNotAfter`, `saidBasis`. */
function dateColumns(prefix: string, date: DateRecord | null): CsvRow {
  return {
    [prefix]: date?.date ?? null,
    [`${prefix}Precision`]: date?.precision ?? null,
    [`${prefix}Known`]: date === null ? 'differs between reports' : date.known,
    [`${prefix}NotBefore`]: date?.notBefore ?? null,
    [`${prefix}NotAfter`]: date?.notAfter ?? null,
    [`${prefix}Basis`]: date?.basis ?? null,
  };
}
const dateColumnNames = (prefix: string) => ['', 'Precision', 'Known', 'NotBefore', 'NotAfter', 'Basis'].map((suffix) => `${prefix}${suffix}`);

export const claimColumns = [
  'id',
  'url',
  'short',
  'proposition',
  'countries',
  'status',
  'statusSince',
  'statements',
  'asserts',
  'denies',
  'noEvidence',
  'other',
  'articles',
  'firstReportArticleId',
  'latestReportArticleId',
  'lastUpdated',
] as const;

/** The columns of statements.csv: one row per statement, claim it bears on, and report. */
export const statementColumns = [
  'statementId',
  'statementUrl',
  'speakerKind',
  'speakerId',
  'speakerName',
  'claimId',
  'claimShort',
  'stance',
  'stanceUncertain',
  'articleId',
  'outletId',
  'outletName',
  'headline',
  'originalUrl',
  'archiveUrl',
  ...dateColumnNames('published'),
  ...dateColumnNames('said'),
  'form',
  'language',
  'text',
  'attribution',
  'accordingTo',
  'retracted',
] as const;

function claimsCsv(data: OpenData): Generator<string> {
  return csv(
    data.claims.map((claim) => ({
      id: claim.id,
      url: claim.url,
      short: claim.short,
      proposition: claim.proposition,
      countries: claim.countries.join(' '),
      status: claim.status,
      statusSince: claim.statusSince,
      statements: claim.statementIds.length,
      asserts: claim.tallies.asserts,
      denies: claim.tallies.denies,
      noEvidence: claim.tallies['no-evidence'],
      other: claim.tallies.other,
      articles: claim.articleIds.length,
      firstReportArticleId: claim.firstReportArticleId,
      latestReportArticleId: claim.latestReportArticleId,
      lastUpdated: claim.lastUpdated,
    })),
    claimColumns,
  );
}

function statementsCsv(data: OpenData): Generator<string> {
  return csv(statementRows(data), statementColumns);
}

function* statementRows(data: OpenData): Generator<CsvRow> {
  const claims = new Map(data.claims.map((claim) => [claim.id, claim]));
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  const outlets = new Map(data.outlets.map((outlet) => [outlet.id, outlet]));
  for (const statement of data.statements) {
    // A remark recorded only as part of an event bears on no claim: its reports still get a row each.
    const bearings = statement.claims.length > 0 ? statement.claims : [undefined];
    for (const bearing of bearings)
      for (const report of statement.reports) {
        const article = articles.get(report.articleId)!;
        yield {
          statementId: statement.id,
          statementUrl: statement.url,
          speakerKind: statement.speakerKind,
          speakerId: statement.speakerId,
          speakerName: statement.speakerName,
          claimId: bearing?.claimId ?? null,
          claimShort: bearing ? claims.get(bearing.claimId)!.short : null,
          stance: bearing?.stance ?? null,
          stanceUncertain: bearing ? bearing.uncertain.join(' ') || null : null,
          articleId: report.articleId,
          outletId: report.outletId,
          outletName: outlets.get(report.outletId)!.name,
          headline: article.headline,
          originalUrl: article.originalUrl,
          archiveUrl: article.archiveUrl,
          ...dateColumns('published', article.published),
          ...dateColumns('said', report.said),
          form: report.form,
          language: report.language,
          text: report.text,
          attribution: report.attribution,
          accordingTo: report.accordingTo.map((link) => (link.id === null ? link.text : `${link.kind}:${link.id}`)).join(' < ') || null,
          retracted: report.retracted,
        };
      }
  }
}

/** A collection's JSON file, `{ schemaVersion, asOf, <collection>: [...] }`, a record at a time: the bytes of `JSON.stringify` of it. */
function* jsonChunks(name: CollectionName, records: readonly object[], asOf: string): Generator<string> {
  yield `{"schemaVersion":${JSON.stringify(schemaVersion)},"asOf":${JSON.stringify(asOf)},${JSON.stringify(name)}:[`;
  let first = true;
  for (const record of records) {
    yield `${first ? '' : ','}${JSON.stringify(record)}`;
    first = false;
  }
  yield ']}\n';
}

function* ndjsonChunks(records: readonly object[]): Generator<string> {
  for (const record of records) yield `${JSON.stringify(record)}\n`;
}

/** The JSON, NDJSON and CSV files and the JSON Schemas (the SQLite file is written apart: src/exports/sqlite.ts). */
export function* exportFiles(data: OpenData, site: URL): Generator<ExportFile> {
  for (const name of collectionNames) {
    yield { name: `${name}.json`, chunks: jsonChunks(name, data[name], data.asOf) };
    yield { name: `${name}.ndjson`, chunks: ndjsonChunks(data[name]) };
    yield { name: `${name}.schema.json`, chunks: [`${JSON.stringify(collectionJsonSchema(name, site), null, 2)}\n`] };
  }
  yield { name: 'claims.csv', chunks: claimsCsv(data) };
  yield { name: 'statements.csv', chunks: statementsCsv(data) };
}

/** What the manifest says of one file. */
export interface ManifestEntry {
  name: string;
  bytes: number;
  sha256: string;
}

/**
 * The manifest (`manifest.json`) and `SHA256SUMS.txt`, which `sha256sum -c` checks, for the files written. (A name
 * with an extension: a server that adds a slash to addresses without one, as Astro's preview does, serves it as a file.)
 */
export function manifestFiles(written: readonly ManifestEntry[], asOf: string): ExportFile[] {
  const entries = [...written].sort((a, b) => (a.name < b.name ? -1 : 1));
  return [
    { name: 'manifest.json', chunks: [`${JSON.stringify({ schemaVersion, asOf, files: entries }, null, 2)}\n`] },
    { name: 'SHA256SUMS.txt', chunks: entries.map((entry) => `${entry.sha256}  ${entry.name}\n`) },
  ];
}
