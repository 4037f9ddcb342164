// The last full validation's result, kept with a fingerprint of everything it depended on: every content
// file (path, size, modification time), the code that checks them (every file under src/ and scripts/, the
// lock file, Node's version) and today's date (dates in the future are refused). When nothing of that has
// changed, `npm run validate` prints the kept result instead of reading and checking 10,000 files again
// (as ESLint's --cache does for unchanged files, here for the whole run, since files are checked against
// each other). Any change, an edit, a new or removed file, a checkout, a new day, means a full run.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { folderCacheFile, writeWhole } from './cache-files.ts';
import type { ContentCounts } from './check-files.ts';
import type { ContentIssue } from './issues.ts';

/** Bump when what is kept changes shape. */
const resultFormat = 1;

/** What a full validation found. */
export interface KeptResult {
  /** Every issue, as the run reported them. */
  issues: ContentIssue[];
  /** The counts of a valid run, as its summary gives them. */
  counts?: ContentCounts;
  /** How many content files it read. */
  fileCount: number;
}

/** Paths (relative to `base`, `/`-separated) with size and modification time of every file under a folder, sorted. */
function fileStamps(base: string, folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(base, folder), { recursive: true, withFileTypes: true });
  } catch {
    return [`${folder}: missing`];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(file);
      return `${path.relative(base, file).split(path.sep).join('/')} ${size} ${mtimeMs}`;
    })
    .sort();
}

/**
 * A fingerprint of everything a full validation of the folder depends on. Content files are known by size
 * and modification time, as `validate --changed` knows them; a hidden file is not content (the pipeline
 * skips them too), but it is in the fingerprint, so adding or removing one runs the checks again.
 */
export function validationInputs(root: string, contentDir: string, today: string): string {
  const hash = createHash('sha256').update(`${resultFormat}\0${process.version}\0${today}\0${path.resolve(root, contentDir)}\0`);
  for (const folder of ['src', 'scripts']) for (const stamp of fileStamps(root, folder)) hash.update(stamp).update('\n');
  for (const file of ['package-lock.json', 'package.json']) {
    try {
      const { size, mtimeMs } = statSync(path.join(root, file));
      hash.update(`${file} ${size} ${mtimeMs}\n`);
    } catch {
      hash.update(`${file} missing\n`);
    }
  }
  hash.update('content\n');
  for (const stamp of fileStamps(path.resolve(root, contentDir), '.')) hash.update(stamp).update('\n');
  return hash.digest('hex');
}

function resultFile(root: string, contentDir: string): string {
  return folderCacheFile(root, contentDir, 'validation');
}

/** The result kept for these inputs, or none (another fingerprint, never written, unreadable). */
export function keptResult(root: string, contentDir: string, inputs: string): KeptResult | undefined {
  try {
    const kept = JSON.parse(readFileSync(resultFile(root, contentDir), 'utf8')) as { format: number; inputs: string; result: KeptResult };
    return kept.format === resultFormat && kept.inputs === inputs ? kept.result : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a full validation's result for the inputs it was run on (written whole, then renamed into place). */
export function keepResult(root: string, contentDir: string, inputs: string, result: KeptResult): void {
  try {
    writeWhole(resultFile(root, contentDir), JSON.stringify({ format: resultFormat, inputs, result }));
  } catch {
    // A read-only cache only means the next run checks everything again.
  }
}
