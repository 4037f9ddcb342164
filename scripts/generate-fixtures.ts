// node scripts/generate-fixtures.ts --out <dir> [--articles N | --claims 60 --statements 360] [--seed 1]
// Writes generated test content (see scripts/fixtures/generate-content.ts) into <dir>, which it empties first.
// <dir> is a content folder: use it as CLAIM_TRACKER_CONTENT or loadContent's contentDir.
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultGenerateOptions, generateContent, optionsForArticles } from './fixtures/generate-content.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');

function usage(message: string): never {
  console.error(`${message}\nusage: node scripts/generate-fixtures.ts --out <dir> [--articles N | --claims 60 --statements 360] [--seed 1]`);
  process.exit(2);
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) usage(`--${name} must be an integer, not "${value}"`);
  return Number(value);
}

/** A path with symbolic links resolved, as far as it exists (the rest is appended as given). */
function realPath(target: string): string {
  const missing: string[] = [];
  let existing = path.resolve(target);
  while (!existsSync(existing)) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...missing);
}

/** Only a folder strictly inside tests/.tmp/ or the system temp folder may be emptied (links followed). */
function isSafeOutput(out: string): boolean {
  const real = realPath(out);
  const inside = (base: string) => {
    const relative = path.relative(realPath(base), real);
    return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
  };
  return inside(path.join(projectRoot, 'tests/.tmp')) || inside(os.tmpdir());
}

let values;
try {
  ({ values } = parseArgs({
    options: { out: { type: 'string' }, articles: { type: 'string' }, claims: { type: 'string' }, statements: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.out === undefined) usage('--out is required');
const out = path.resolve(values.out);
if (!isSafeOutput(out)) usage(`refusing to empty ${out}: give a folder inside ${path.join(projectRoot, 'tests/.tmp')} or ${os.tmpdir()}`);

const seed = integer('seed', values.seed, defaultGenerateOptions.seed);
if (values.articles !== undefined && (values.claims !== undefined || values.statements !== undefined))
  usage('give --articles, or --claims and --statements, not both');
const options =
  values.articles === undefined
    ? {
        claims: integer('claims', values.claims, defaultGenerateOptions.claims),
        statements: integer('statements', values.statements, defaultGenerateOptions.statements),
        seed,
      }
    : optionsForArticles(integer('articles', values.articles, 0), seed);

const started = performance.now();
let files;
try {
  files = generateContent(options);
} catch (error) {
  usage((error as Error).message);
}
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const folders = new Set(files.map((file) => path.dirname(path.join(out, file.pathInContent))));
for (const folder of folders) await mkdir(folder, { recursive: true });
await Promise.all(files.map((file) => writeFile(path.join(out, file.pathInContent), file.text, 'utf8')));

const count = (folder: string) => files.filter((file) => file.pathInContent.startsWith(`${folder}/`)).length;
const statementIds = new Set<string>();
let reports = 0;
for (const file of files) {
  if (!file.pathInContent.startsWith('articles/')) continue;
  for (const match of file.text.matchAll(/^ {2}- id: (\S+)$/gm)) {
    statementIds.add(match[1]!);
    reports += 1;
  }
}
console.log(
  `Wrote ${files.length} files to ${out} (seed ${options.seed}): ${count('articles')} articles, ${statementIds.size} statements ` +
    `(${reports} reports), ${count('claims')} claims, ${count('officials')} officials, ${count('sources')} sources ` +
    `(${Math.round(performance.now() - started)} ms).`,
);
