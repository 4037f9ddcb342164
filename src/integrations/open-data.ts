import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentCounts, countNdjsonLines, countProblems, countsInJson, distinctInCsv, statementIdsLinkedFrom } from '../exports/counts.ts';
import { exportFiles, manifestFiles, type ExportFile, type ManifestEntry } from '../exports/files.ts';
import { collections, schemaVersion, type CollectionName } from '../exports/records.ts';
import { openDataOf } from '../exports/records-of.ts';
import { writeSqlite } from '../exports/sqlite.ts';
import type { Dataset } from '../pipeline/dataset.ts';
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
        const started = performance.now();
        const summary = await writeOpenData(dataset, site, fileURLToPath(dir));
        logger.info(`${summary}, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

/**
 * Writes the open data into the built site at `outDir` (`/data/v1/`), reads every file back, and throws when one
 * holds another number of records than the content; returns what it wrote, in a sentence.
 */
export async function writeOpenData(dataset: Dataset, site: URL, outDir: string): Promise<string> {
  const folder = path.join(outDir, urls.dataFile(''));
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const data = openDataOf(dataset, site);
  const written: ManifestEntry[] = [];
  for (const file of exportFiles(data, site)) written.push(await writeExportFile(folder, file));
  await writeSqlite(data, path.join(folder, sqliteFileName), schemaVersion);
  written.push(await manifestEntryOfFile(folder, sqliteFileName));
  for (const file of manifestFiles(written, data.asOf)) await writeExportFile(folder, file);

  const bytes = (name: string) => readFile(path.join(folder, name));
  const found: { where: string; kind: string; count: number }[] = [];
  for (const name of Object.keys(collections) as CollectionName[]) {
    found.push({ where: `${name}.json`, kind: name, count: countsInJson(name, (await bytes(`${name}.json`)).toString('utf8')) });
    found.push({ where: `${name}.ndjson`, kind: name, count: countNdjsonLines(await bytes(`${name}.ndjson`)) });
  }
  found.push({ where: 'statements.csv', kind: 'statements', count: distinctInCsv(await bytes('statements.csv'), 'statementId') });
  found.push({ where: 'claims.csv', kind: 'claims', count: distinctInCsv(await bytes('claims.csv'), 'id') });
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
    const file = path.join(outDir, page === 1 ? urls.statements() : `${urls.statements()}${page}/`, 'index.html');
    if (!existsSync(file)) break;
    for (const id of statementIdsLinkedFrom(await readFile(file, 'utf8'))) listed.add(id);
  }
  found.push({ where: `the statement index (${urls.statements()})`, kind: 'statements', count: listed.size });
  const problems = countProblems(contentCounts(dataset), found);
  if (problems.length > 0) throw new Error(`The open data does not hold the content whole: ${problems.join('; ')}.`);
  return `${urls.dataFile('')}: ${written.length + 2} files, each holding as many records as the content (${dataset.statements.length} statements)`;
}

/** Writes a file a megabyte at a time as its pieces come, hashing what it writes. */
async function writeExportFile(folder: string, file: ExportFile): Promise<ManifestEntry> {
  const hash = createHash('sha256');
  const handle = await open(path.join(folder, file.name), 'w');
  let bytes = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    const buffer = Buffer.from(pending.join(''));
    pending = [];
    pendingLength = 0;
    hash.update(buffer);
    bytes += buffer.byteLength;
    await handle.write(buffer);
  };
  try {
    for (const chunk of file.chunks) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= 1 << 20) await flush();
    }
    await flush();
  } finally {
    await handle.close();
  }
  return { name: file.name, bytes, sha256: hash.digest('hex') };
}

async function manifestEntryOfFile(folder: string, name: string): Promise<ManifestEntry> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path.join(folder, name)), hash);
  return { name, bytes: (await stat(path.join(folder, name))).size, sha256: hash.digest('hex') };
}
