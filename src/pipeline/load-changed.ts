// `npm run validate -- --changed FILE…`: the changed files checked against the rest of the content
// without reading all of it. The index a full validation keeps (src/pipeline/content-index.ts) says which
// files are unchanged since (by size and time, else by the key of their text) and which of them share a
// check with a changed file: those are parsed and validated with it, and every other file is known by
// its kind and id, from its name. Without an index, or with many files changed since it, it validates
// everything (and keeps a new index).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { todayIso } from '../lib/dates.ts';
import { factsOf, indexedFile, openContentIndex, type ContentIndexStore, type FileFacts } from './content-index.ts';
import { checkFiles, contentFilesOf, fileNamer, listContent } from './check-files.ts';
import type { LoadResult } from './index.ts';
import type { ContentIssue } from './issues.ts';
import { idOfPath, kindOfPath, normalizedText, parseContentFile, type ParseCache, type ParsedFile } from './parse.ts';
import type { FileToParse } from './parse-threads.ts';
import { openParseCache } from './parse-cache.ts';

/** More files changed since the index than this, and checking everything is as quick. */
const mostStaleFiles = 500;

export interface ChangedLoadResult extends LoadResult {
  /** How many content files were read and validated. */
  filesRead: number;
  /** Whether all of them were, for want of an index. */
  readAll: boolean;
  /**
   * The files whose checks a changed file takes part in: those reporting its statements or the ones it
   * relates to, and those with its URL or id. A problem there may be the change's (two speakers for
   * one statement is reported at the later report).
   */
  sharing: string[];
}

interface ChangedOptions {
  root: string;
  contentDir?: string;
  /** The changed files, relative to the root. */
  changed: readonly string[];
  today?: string;
}

/** Validates the changed files and every file they share a check with; everything, when there is no index to go by. */
export async function loadChangedContent(options: ChangedOptions): Promise<ChangedLoadResult> {
  const checked = await checkWithIndex(options, false);
  if (checked) return checked;
  // Validate everything, keeping an index, then check the changed files with it (if it could be kept).
  // Loaded only here: linking (and rendering) is not needed to check a few files.
  const { loadContent } = await import('./index.ts');
  const result = await loadContent({
    root: options.root,
    contentDir: options.contentDir ?? 'content',
    link: false,
    keepIndex: true,
    ...(options.today ? { today: options.today } : {}),
  });
  const withIndex = await checkWithIndex(options, true);
  return { ...result, issues: withIndex?.issues ?? result.issues, sharing: withIndex?.sharing ?? [], filesRead: result.fileCount, readAll: true };
}

/** The check with the index; none without an index (or a cache), or with too many files changed since it unless `anyway`. */
async function checkWithIndex(options: ChangedOptions, anyway: boolean): Promise<ChangedLoadResult | undefined> {
  const contentDir = options.contentDir ?? 'content';
  const folder = contentDir.split(path.sep).join('/');
  const absoluteContent = path.resolve(options.root, contentDir);
  const index = await openContentIndex(options.root, contentDir);
  const cache = index ? await openParseCache(options.root) : undefined;
  if (!index || !cache) {
    index?.close();
    cache?.flush();
    return undefined;
  }
  try {
    return await checkAgainst(index, cache, options, anyway, { contentDir, folder, absoluteContent });
  } finally {
    index.close();
    cache.flush();
  }
}

async function checkAgainst(
  index: ContentIndexStore,
  cache: ParseCache,
  options: ChangedOptions,
  anyway: boolean,
  { contentDir, folder, absoluteContent }: { contentDir: string; folder: string; absoluteContent: string },
): Promise<ChangedLoadResult | undefined> {
  const fileName = fileNamer(contentDir);
  const listing = (await listContent(absoluteContent)).map((pathInContent) => ({ pathInContent, file: fileName(pathInContent) }));
  const changed = new Set(options.changed);
  const texts = new Map<string, string>();
  const textOf = (file: string, pathInContent: string) => {
    let text = texts.get(file);
    if (text === undefined) texts.set(file, (text = readFileSync(path.join(absoluteContent, pathInContent), 'utf8')));
    return text;
  };
  // Which files differ from the index: by size and modification time, and where those differ, by text.
  const seen = index.seen();
  const stale = new Set<string>();
  for (const { file, pathInContent } of listing) {
    const kept = seen.get(file);
    if (changed.has(file) || !kept) {
      stale.add(file);
      continue;
    }
    const { size, mtimeMs } = statSync(path.join(absoluteContent, pathInContent));
    if (kept.size === size && kept.mtimeMs === mtimeMs) continue;
    if (kept.key === cache.keyOf(normalizedText(textOf(file, pathInContent)))) index.touch(file, size, mtimeMs);
    else stale.add(file);
  }
  const listed = new Set(listing.map((entry) => entry.file));
  for (const file of seen.keys()) if (!listed.has(file)) index.remove(file);
  if (stale.size > mostStaleFiles && !anyway) return undefined;

  // The files that share a check with a stale one: those it names, those reporting or related to its
  // statements, those with its URL or its id. Other files' facts come from the index (as they were when
  // last seen, unchanged since), the stale files' from a parse.
  const byFile = new Map(listing.map((entry) => [entry.file, entry]));
  const files = (names: Iterable<string>) =>
    [...names].flatMap((file) => (byFile.has(file) ? [{ ...byFile.get(file)!, text: textOf(file, byFile.get(file)!.pathInContent) }] : []));
  const staleFacts = new Map<string, FileFacts>();
  const staleFiles = files(stale);
  for (const entry of contentFilesOf(staleFiles)) staleFacts.set(entry.file, factsOf(parsedFor(entry, cache), folder));
  const staleWith = (factsIn: (facts: FileFacts) => readonly string[], key: string) =>
    [...staleFacts].flatMap(([file, facts]) => (factsIn(facts).includes(key) ? [file] : []));
  const notStale = (files: string[]) => files.filter((file) => !stale.has(file));
  const reporting = (id: string) => [...notStale(index.reporting(id)), ...staleWith((facts) => facts.statements, id)];
  const withUrl = (url: string) => [...notStale(index.withUrl(url)), ...staleWith((facts) => (facts.url === undefined ? [] : [facts.url]), url)];
  const withName = (name: string) => [...notStale(index.withName(name)), ...staleWith((facts) => facts.names, name)];
  const staleIds = new Set([...staleFacts.keys()].map(idOfPath));
  const byId = new Map<string, string[]>();
  for (const { file } of listing) {
    const id = idOfPath(file);
    if (staleIds.has(id)) byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  const sharing = new Set<string>();
  for (const [file, facts] of staleFacts) {
    if (!changed.has(file)) continue;
    const shares = [
      ...[...facts.statements, ...facts.statementRefs].flatMap(reporting),
      ...(facts.url === undefined ? [] : withUrl(facts.url)),
      ...facts.names.flatMap(withName),
      ...(byId.get(idOfPath(file)) ?? []).filter((same) => kindOfPath(byFile.get(same)?.pathInContent ?? '') === 'article'),
    ];
    for (const other of shares) if (other !== file) sharing.add(other);
  }
  const subset = new Set([...stale, ...sharing, ...[...staleFacts.values()].flatMap((facts) => facts.fileRefs)]);

  // In the order of the listing, as a full run reads them: an issue between two files is put where a full run puts it.
  const read = files(listing.flatMap(({ file }) => (subset.has(file) ? [file] : [])));
  const notRead = listing.flatMap(({ file, pathInContent }) => {
    const kind = kindOfPath(pathInContent);
    return subset.has(file) || !kind || !pathInContent.endsWith('.md') ? [] : [{ kind, id: idOfPath(pathInContent) }];
  });
  const issues: ContentIssue[] = [];
  const built = checkFiles(read, options.today ?? todayIso(), issues, cache, notRead);
  // The index now holds what the stale files are (unless it already did: a file checked again unchanged).
  for (const entry of staleFiles) {
    const { size, mtimeMs } = statSync(path.join(absoluteContent, entry.pathInContent));
    const updated = indexedFile(staleFacts.get(entry.file) ?? factsOf(undefined, folder), cache.keyOf(normalizedText(entry.text)), size, mtimeMs);
    const kept = seen.get(entry.file);
    if (kept?.key === updated.key && kept.size === size && kept.mtimeMs === mtimeMs) continue;
    index.put(entry.file, updated);
  }
  return {
    issues: built.issues,
    fileCount: listing.length,
    filePaths: listing.map((entry) => entry.file),
    filesRead: read.length,
    readAll: false,
    sharing: [...sharing].sort(),
  };
}

/** The parse of a file, for its facts (from the cache when it has it, and left there for the pipeline). */
function parsedFor(entry: FileToParse, cache: ParseCache): ParsedFile | undefined {
  return parseContentFile(entry.file, entry.kind, entry.text, cache).parsed;
}
