// Where the pipeline keeps what it learns about one content folder between runs, and how it writes it:
// one file per folder under node_modules/.cache/claim-tracker. A JSON file is written whole and then moved
// into place, so that a reader (or a run stopped halfway) never sees half of it.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The cache file `<stem>-<hash of the folder>.<extension>` kept for a content folder. */
export function folderCacheFile(root: string, contentDir: string, stem: string, extension = 'json'): string {
  const folder = createHash('sha256').update(path.resolve(root, contentDir)).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules/.cache/claim-tracker', `${stem}-${folder}.${extension}`);
}

/** Writes the text to a temporary file beside `file`, then renames it into place. */
export function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}
