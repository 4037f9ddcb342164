// The open data: every export holds the record whole, validates against the JSON Schema published beside
// it, reads back in a CSV parser and an SQLite client, and is byte-identical for unchanged content.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentCounts, countNdjsonLines, countProblems, countsInJson, distinctInCsv } from '../../src/exports/counts.ts';
import { exportFiles, fileText, manifestFiles, statementColumns, type ManifestEntry } from '../../src/exports/files.ts';
import { collections, type CollectionName, type OpenData } from '../../src/exports/records.ts';
import { openDataOf } from '../../src/exports/records-of.ts';
import { writeSqlite } from '../../src/exports/sqlite.ts';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { loadContent } from '../../src/pipeline/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const site = new URL('https://claim-tracker.example/');
const names = Object.keys(collections) as CollectionName[];
let dataset: Dataset;
let data: OpenData;
let files: Map<string, string>;
const text = (name: string) => files.get(name)!;
/** Every file's whole text, by name. */
const texts = (data: OpenData) => new Map([...exportFiles(data, site)].map((file) => [file.name, fileText(file)]));
const csvRows = (name: string) => parse<Record<string, string>>(text(name), { columns: true, bom: true });

beforeAll(async () => {
  const result = await loadContent({ root: path.join(root, 'tests/fixtures/good'), today: '2026-11-30' });
  dataset = result.dataset!;
  data = openDataOf(dataset, site);
  files = texts(data);
});

describe('the open data', () => {
  it('holds every entry of the content once, in JSON and NDJSON, by id', () => {
    const expected = contentCounts(dataset);
    expect(expected.statements).toBeGreaterThan(10);
    expect(expected.corrections).toBeGreaterThan(0);
    for (const name of names) {
      const json = JSON.parse(text(`${name}.json`)) as Record<string, unknown>;
      expect(json.schemaVersion).toBe('1.0.0');
      expect(json.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((json[name] as unknown[]).length, name).toBe(expected[name]);
      const lines = text(`${name}.ndjson`).trimEnd().split('\n');
      expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(json[name]);
    }
    const ids = data.statements.map((statement) => statement.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids)).toEqual(new Set(dataset.statements.map((statement) => statement.id)));
  });

  it('validates against the JSON Schema published beside each file', () => {
    // Strict: a keyword the validator does not know (our own `x-rule`) would be refused, as researchers' validators do.
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    for (const name of names) {
      const schema = JSON.parse(text(`${name}.schema.json`)) as object;
      const validate = ajv.compile(schema);
      const valid = validate(JSON.parse(text(`${name}.json`)));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(valid).toBe(true);
    }
    // The schema is not a rubber stamp: a statement without its speaker is refused.
    const broken = JSON.parse(text('statements.json')) as { statements: Record<string, unknown>[] };
    delete broken.statements[0]!.speakerId;
    const validateStatements = ajv.getSchema(`${site.href}data/v1/statements.schema.json`)!;
    expect(validateStatements(broken)).toBe(false);
    // A later minor version (a field added) still validates against these schemas; another major does not.
    const later = JSON.parse(text('statements.json')) as { schemaVersion: string; statements: Record<string, unknown>[] };
    later.schemaVersion = '1.1.0';
    later.statements[0]!.addedLater = 'a field of version 1.1';
    expect(validateStatements(later)).toBe(true);
    expect(validateStatements({ ...later, schemaVersion: '2.0.0' })).toBe(false);
  });

  it('gives statements.csv one row per statement, claim and report, with the source links and how the words are given', () => {
    const rows = csvRows('statements.csv');
    expect(Object.keys(rows[0]!)).toEqual([...statementColumns]);
    const expectedRows = dataset.statements.reduce((sum, statement) => sum + Math.max(1, statement.claims.length) * statement.reports.length, 0);
    expect(rows).toHaveLength(expectedRows);
    expect(distinctInCsv(text('statements.csv'), 'statementId')).toBe(dataset.statements.length);
    for (const statement of dataset.statements)
      for (const report of statement.reports) {
        const article = dataset.articlesById.get(report.articleId)!;
        const row = rows.find((candidate) => candidate.statementId === statement.id && candidate.articleId === report.articleId)!;
        expect(row.originalUrl).toBe(article.data.url);
        expect(row.archiveUrl).toBe(article.data.archive ?? '');
        expect(row.form).toBe(report.form);
        expect(row.headline).toBe(article.hasHeadline ? article.data.headline : '');
      }
    // A statement that bears on no claim (a remark recorded as part of an event's accounts) has its rows too, the claim's columns empty.
    const remark = { ...data.statements[0]!, claims: [] };
    const remarkRows = parse<Record<string, string>>(texts({ ...data, statements: [remark] }).get('statements.csv')!, {
      columns: true,
      bom: true,
    });
    expect(remarkRows).toHaveLength(remark.reports.length);
    expect(remarkRows.every((row) => row.statementId === remark.id && row.claimId === '' && row.stance === '')).toBe(true);
    // Unknown dates stay unknown; differing reports are said to differ.
    expect(rows.some((row) => row.publishedKnown === 'unknown' && row.published === '')).toBe(true);
  });

  it('keeps a spreadsheet from running a cell as a formula, in the CSV only', () => {
    const statement = data.statements[0]!;
    const hostile: OpenData = {
      ...data,
      statements: [
        {
          ...statement,
          speakerName: '=HYPERLINK("https://evil.example","x")',
          reports: statement.reports.map((report) => ({ ...report, text: '+1 says, "a,b"\nc' })),
        },
      ],
    };
    const out = texts(hostile);
    const rows = parse<Record<string, string>>(out.get('statements.csv')!, { columns: true, bom: true });
    expect(rows[0]!.speakerName).toBe(`'=HYPERLINK("https://evil.example","x")`);
    expect(rows[0]!.text).toBe(`'+1 says, "a,b"\nc`);
    const json = JSON.parse(out.get('statements.json')!) as OpenData;
    expect(json.statements[0]!.speakerName).toBe('=HYPERLINK("https://evil.example","x")');
  });

  it('gives the same bytes for the same content, each JSON file those of JSON.stringify, and a manifest of their SHA-256', () => {
    expect(texts(openDataOf(dataset, site))).toEqual(files);
    for (const name of Object.keys(collections) as CollectionName[])
      expect(text(`${name}.json`)).toBe(`${JSON.stringify({ schemaVersion: '1.0.0', asOf: data.asOf, [name]: data[name] })}\n`);
    const written = [...files].map(([name, content]) => ({
      name,
      bytes: Buffer.byteLength(content),
      sha256: createHash('sha256').update(content).digest('hex'),
    }));
    const [manifest, sums] = manifestFiles(written.toReversed(), data.asOf);
    const entries = (JSON.parse(fileText(manifest!)) as { files: ManifestEntry[] }).files;
    expect(entries).toEqual([...written].sort((a, b) => (a.name < b.name ? -1 : 1)));
    expect(fileText(sums!)).toBe(entries.map((entry) => `${entry.sha256}  ${entry.name}\n`).join(''));
  });

  it('is counted back from its bytes without holding every record', () => {
    expect(countsInJson('statements', text('statements.json'))).toBe(dataset.statements.length);
    expect(countsInJson('claims', text('claims.json'))).toBe(dataset.claims.length);
    expect(countNdjsonLines(Buffer.from(text('statements.ndjson')))).toBe(dataset.statements.length);
    expect(distinctInCsv(Buffer.from(text('statements.csv')), 'statementId')).toBe(dataset.statements.length);
    // One record short is seen in each.
    const short = { ...data, statements: data.statements.slice(1) };
    const shortTexts = texts(short);
    expect(countsInJson('statements', shortTexts.get('statements.json')!)).toBe(dataset.statements.length - 1);
    expect(distinctInCsv(shortTexts.get('statements.csv')!, 'statementId')).toBe(dataset.statements.length - 1);
  });

  it('writes one SQLite file of the whole record, with foreign keys, the same bytes twice', async () => {
    const folder = path.join(root, 'tests/.tmp/exports-test');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    await writeSqlite(data, path.join(folder, 'a.sqlite'), '1.0.0');
    await writeSqlite(data, path.join(folder, 'b.sqlite'), '1.0.0');
    expect(readFileSync(path.join(folder, 'a.sqlite')).equals(readFileSync(path.join(folder, 'b.sqlite')))).toBe(true);
    const db = new DatabaseSync(path.join(folder, 'a.sqlite'), { readOnly: true });
    try {
      const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect(count('statements')).toBe(dataset.statements.length);
      expect(count('claims')).toBe(dataset.claims.length);
      expect(count('reports')).toBe(dataset.statements.reduce((sum, statement) => sum + statement.reports.length, 0));
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(db.prepare('PRAGMA foreign_key_list(reports)').all().length).toBeGreaterThanOrEqual(3);
      // What a researcher asks: each statement on a claim, who said it, and where to read it.
      const claim = dataset.claims[0]!;
      const found = db
        .prepare(
          `SELECT s.id, s.speakerName, sc.stance, r.form, a.originalUrl, a.archiveUrl FROM statementClaims sc
           JOIN statements s ON s.id = sc.statementId JOIN reports r ON r.statementId = s.id JOIN articles a ON a.id = r.articleId
           WHERE sc.claimId = ? ORDER BY s.id, r.position`,
        )
        .all(claim.id) as { id: string; originalUrl: string }[];
      expect(new Set(found.map((row) => row.id))).toEqual(new Set(claim.timeline.map((entry) => entry.statementId)));
      expect(found.every((row) => row.originalUrl.startsWith('https://') || row.originalUrl.startsWith('http://'))).toBe(true);
    } finally {
      db.close();
    }
  });

  it('says which export holds another number of records than the content', () => {
    expect(countProblems({ statements: 20 }, [{ where: 'statements.csv', kind: 'statements', count: 20 }])).toEqual([]);
    expect(countProblems({ statements: 20 }, [{ where: 'statements.csv', kind: 'statements', count: 19 }])).toEqual([
      'statements.csv holds 19 statements, the content 20',
    ]);
  });
});
