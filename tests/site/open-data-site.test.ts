// The open data as a researcher downloads it from a built site: every file the manifest lists, with its
// checksum; every statement the site shows in the CSV and the SQLite file with the links its page gives.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { headersForPath } from '../../src/site/security-headers.ts';
import { readPage } from './build-helpers.ts';
import { sharedSite, type SharedSiteName } from './shared-sites.ts';

describe.each(['good', 'seed'] as SharedSiteName[])('the open data of the %s site', (name) => {
  it('has every file the manifest lists, with that size and SHA-256, and SHA256SUMS.txt agrees', async () => {
    const { outDir } = await sharedSite(name);
    const folder = path.join(outDir, 'data/v1');
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as {
      schemaVersion: string;
      files: { name: string; bytes: number; sha256: string }[];
    };
    expect(manifest.schemaVersion).toBe('1.0.0');
    const names = manifest.files.map((file) => file.name);
    for (const expected of ['claims.csv', 'statements.csv', 'claim-tracker.sqlite', 'statements.json', 'statements.ndjson', 'corrections.json', 'events.json'])
      expect(names).toContain(expected);
    const sums = readFileSync(path.join(folder, 'SHA256SUMS.txt'), 'utf8');
    for (const file of manifest.files) {
      const bytes = readFileSync(path.join(folder, file.name));
      expect(bytes.byteLength, file.name).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), file.name).toBe(file.sha256);
      expect(sums).toContain(`${file.sha256}  ${file.name}\n`);
    }
  });

  it('has every statement the site shows, in the CSV and the SQLite file, with the links to the articles its page gives', async () => {
    const { outDir, dataset } = await sharedSite(name);
    const folder = path.join(outDir, 'data/v1');
    const rows = parse<Record<string, string>>(readFileSync(path.join(folder, 'statements.csv'), 'utf8'), { columns: true, bom: true });
    const db = new DatabaseSync(path.join(folder, 'claim-tracker.sqlite'), { readOnly: true });
    try {
      const links = db.prepare('SELECT a.originalUrl, a.archiveUrl FROM reports r JOIN articles a ON a.id = r.articleId WHERE r.statementId = ?');
      for (const statement of dataset.statements) {
        const pageLinks = new Set(
          readPage(outDir, `/statements/${statement.id}/`)
            .querySelectorAll('a[href]')
            .map((a) => a.getAttribute('href')),
        );
        const csvUrls = rows.filter((row) => row.statementId === statement.id).flatMap((row) => [row.originalUrl, row.archiveUrl].filter(Boolean));
        const sqliteUrls = (links.all(statement.id) as { originalUrl: string; archiveUrl: string | null }[]).flatMap((row) =>
          [row.originalUrl, row.archiveUrl].filter((url) => url !== null),
        );
        expect(csvUrls.length, statement.id).toBeGreaterThan(0);
        expect(new Set(sqliteUrls)).toEqual(new Set(csvUrls));
        for (const url of csvUrls) expect(pageLinks, `${statement.id} links ${url}`).toContain(url);
      }
    } finally {
      db.close();
    }
  });

  it('is served readable from other sites (CORS) and the SQLite file as what it is, by the site’s _headers', async () => {
    const { outDir } = await sharedSite(name);
    const headers = readFileSync(path.join(outDir, '_headers'), 'utf8');
    expect(headersForPath(headers, '/data/v1/statements.csv')['access-control-allow-origin']).toBe('*');
    expect(headersForPath(headers, '/data/v1/claim-tracker.sqlite')['content-type']).toBe('application/vnd.sqlite3');
    expect(headersForPath(headers, '/claims/')['access-control-allow-origin']).toBeUndefined();
  });

  it('is documented on /data/, which links every file and lists every field', async () => {
    const { outDir } = await sharedSite(name);
    const page = readPage(outDir, '/data/');
    const hrefs = page.querySelectorAll('a[href^="/data/v1/"]').map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect(existsSync(path.join(outDir, href)), href).toBe(true);
    const fields = page.querySelectorAll('#fields ~ section th[scope="row"] code, section th[scope="row"] code').map((code) => code.text);
    expect(fields).toContain('reports[].form');
    expect(fields).toContain('published.known');
    expect(page.text).toContain('no licence');
  });
});
