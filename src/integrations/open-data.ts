import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countNdjsonLines, countProblems, countsInJson, distinctInCsv, statementIdsLinkedFrom } from '../exports/counts.ts';
import { exportFiles, manifestFiles } from '../exports/files.ts';
import { collections, schemaVersion, type CollectionName } from '../exports/records.ts';
import { openDataOf } from '../exports/records-of.ts';
import { writeSqlite } from '../exports/sqlite.ts';
import { handedOverDataset } from '../site/loaded-content.ts';
import { urls } from '../site/urls.ts';

/** The SQLite file's name in the export folder. */
export const sqliteFileName = 'claim-tracker.sqlite';

/**
 * Writes the open data into the built site (`/data/v1/`): JSON, NDJSON, CSV, SQLite, JSON Schemas, and a
 * manifest with each file's SHA-256; then reads every export back and fails the build when one holds
 * another number of records than the content.
 */
export default function openData(options: { contentDir: string }): AstroIntegration {
  let root = process.cwd();
  let site = new URL('https://claim-tracker.example/');
  return {
    name: 'claim-tracker:open-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (config.site) site = new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dataset = handedOverDataset(root, options.contentDir);
        if (!dataset) throw new Error('The open data needs the dataset of the content check: it was not handed over.');
        const folder = path.join(fileURLToPath(dir), urls.dataFile(''));
        await rm(folder, { recursive: true, force: true });
        await mkdir(folder, { recursive: true });
        const data = openDataOf(dataset, site);
        const files = exportFiles(data, site);
        for (const file of files) await writeFile(path.join(folder, file.name), file.content);
        await writeSqlite(data, path.join(folder, sqliteFileName), schemaVersion);
        const sqlite = await readFile(path.join(folder, sqliteFileName));
        for (const file of manifestFiles([...files, { name: sqliteFileName, content: sqlite }], data.asOf))
          await writeFile(path.join(folder, file.name), file.content);

        const expected: Record<string, number> = Object.fromEntries(Object.keys(collections).map((name) => [name, data[name as CollectionName].length]));
        expected.statements = dataset.statements.length;
        const read = (name: string) => readFile(path.join(folder, name), 'utf8');
        const found: { where: string; kind: string; count: number }[] = [];
        for (const name of Object.keys(collections) as CollectionName[]) {
          found.push({ where: `${name}.json`, kind: name, count: countsInJson(name, await read(`${name}.json`)) });
          found.push({ where: `${name}.ndjson`, kind: name, count: countNdjsonLines(await read(`${name}.ndjson`)) });
        }
        found.push({ where: 'statements.csv', kind: 'statements', count: distinctInCsv(await read('statements.csv'), 'statementId') });
        found.push({ where: 'claims.csv', kind: 'claims', count: distinctInCsv(await read('claims.csv'), 'id') });
        const { DatabaseSync: Database } = await import('node:sqlite');
        const db = new Database(path.join(folder, sqliteFileName), { readOnly: true });
        try {
          for (const table of ['claims', 'statements', 'officials', 'outlets', 'articles', 'events', 'corrections'] as const) {
            const row = db.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number };
            found.push({ where: `${sqliteFileName} (${table})`, kind: table, count: row.count });
          }
        } finally {
          db.close();
        }
        // The statement index, page by page (/statements/, /statements/2/, …).
        const listed = new Set<string>();
        for (let page = 1; ; page++) {
          const file = path.join(fileURLToPath(dir), page === 1 ? urls.statements() : `${urls.statements()}${page}/`, 'index.html');
          if (!existsSync(file)) break;
          for (const id of statementIdsLinkedFrom(await readFile(file, 'utf8'))) listed.add(id);
        }
        found.push({ where: `the statement index (${urls.statements()})`, kind: 'statements', count: listed.size });
        const problems = countProblems(expected, found);
        if (problems.length > 0) throw new Error(`The open data does not hold the content whole: ${problems.join('; ')}.`);
        logger.info(`${urls.dataFile('')}: ${files.length + 3} files, each holding as many records as the content (${dataset.statements.length} statements)`);
      },
    },
  };
}
