// Parses spread over the machine's cores: on a cold cache (a fresh clone, CI) YAML and Markdown parsing
// is most of the time validation takes, and one thread leaves the other cores idle. The parses go into
// the parse cache, where the pipeline then finds them as if an earlier run had left them.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { normalizedText, type ContentKind } from './parse.ts';
import type { ParseCacheStore, SerializedParse } from './parse-cache.ts';

export interface FileToParse {
  file: string;
  kind: ContentKind;
  text: string;
}

/** Below this many files to parse, starting threads (a few hundred milliseconds each) costs more than it saves. */
export const fewestFilesForThreads = 1000;

/**
 * Parses the files the cache does not have, on one worker thread per core, and hands the parses to the
 * cache. Does nothing with too few files or one core, or where the worker's source cannot be run
 * (inside a bundle): the pipeline then parses them itself.
 */
export async function parseMissingInThreads(
  files: readonly FileToParse[],
  cache: ParseCacheStore,
  { threads = availableParallelism(), fewestFiles = fewestFilesForThreads } = {},
): Promise<number> {
  const workerFile = new URL('./parse-worker.ts', import.meta.url);
  if (threads < 2 || workerFile.protocol !== 'file:' || !existsSync(fileURLToPath(workerFile))) return 0;
  const known = cache.knownKeys();
  const missing = files.map((entry) => ({ ...entry, key: cache.keyOf(normalizedText(entry.text)) })).filter((entry) => !known.has(entry.key));
  if (missing.length < fewestFiles) return 0;
  // Slices of about the same amount of text, one per thread.
  const slices: (typeof missing)[] = Array.from({ length: threads }, () => []);
  const sizes = new Array<number>(threads).fill(0);
  for (const entry of [...missing].sort((a, b) => b.text.length - a.text.length)) {
    const smallest = sizes.indexOf(Math.min(...sizes));
    slices[smallest]!.push(entry);
    sizes[smallest]! += entry.text.length;
  }
  const parsed = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<(SerializedParse | null)[]>((resolve, reject) => {
          const worker = new Worker(workerFile, { workerData: slice.map(({ file, kind, text }): FileToParse => ({ file, kind, text })) });
          worker.once('message', (parses: (SerializedParse | null)[]) => {
            resolve(parses);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  slices.forEach((slice, index) =>
    slice.forEach((entry, position) => {
      const parse = parsed[index]![position];
      if (parse) cache.setSerialized(entry.key, parse);
    }),
  );
  return missing.length;
}
