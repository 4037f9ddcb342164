// What a full validation keeps of each content file, so that `npm run validate -- --changed` can check a
// few files against the rest without reading the rest: the key of each file's text (it is unchanged while
// its text gives that key), and what files it shares checks with: the statements it reports and refers
// to, its URL and the ids it names. One JSON file per content folder under node_modules/.cache.
import { readFileSync } from 'node:fs';
import { folderCacheFile, writeWhole } from './cache-files.ts';
import { entryNames } from './look-alike-names.ts';
import type { ParsedFile } from './parse.ts';

/** Bump when what is kept changes shape. */
const indexFormat = 2;

/** What a file shares checks with other files through, read from its parse. */
export interface FileFacts {
  /** The ids of the statements it reports. */
  statements: string[];
  /** The statement ids it relates to (`related`) or says an account leaves out (`omits`). */
  statementRefs: string[];
  /** The files its ids name (outlet, speakers, claims, events, chains), relative to the project root. */
  fileRefs: string[];
  /** The article's URL, as duplicates are found. */
  url?: string;
  /** What an official's or outlet's names read as (src/pipeline/look-alike-names.ts), as entries made twice are found. */
  names: string[];
}

/** One content file as the index keeps it: what another file's check needs of it. */
export interface IndexedFile {
  /** The parse cache's key of its text. */
  key: string;
  /** Its size when last seen with this key (0 when not yet looked at). */
  size: number;
  /** Its modification time when last seen with this key (0 when not yet looked at). */
  mtimeMs: number;
  /** The ids of the statements it reports. */
  statements: string[];
  /** The article's URL, normalised. */
  url?: string;
  /** An official's or outlet's names as they read with look-alikes folded, kind first (`official:ivan`). */
  names: string[];
}

/** Every content file of one folder by its path relative to the project root (as issues name it). */
export type ContentIndex = Map<string, IndexedFile>;

/** A file as stored: a short array, since the index holds one per content file. */
type StoredFile = [key: string, size: number, mtimeMs: number, url: string | null, names: string[], ...statements: string[]];

function indexFile(root: string, contentDir: string): string {
  return folderCacheFile(root, contentDir, 'content-index');
}

/** The index kept for the folder, or none (never written, another format, unreadable). */
export function readContentIndex(root: string, contentDir: string): ContentIndex | undefined {
  try {
    const stored = JSON.parse(readFileSync(indexFile(root, contentDir), 'utf8')) as { format: number; files: Record<string, StoredFile> };
    if (stored.format !== indexFormat) return undefined;
    return new Map(
      Object.entries(stored.files).map(([file, [key, size, mtimeMs, url, names, ...statements]]) => [
        file,
        { key, size, mtimeMs, statements, names, ...(url === null ? {} : { url }) },
      ]),
    );
  } catch {
    return undefined;
  }
}

/** Keeps the index for the next run (written whole, then moved into place, so a reader never sees half of it). */
export function writeContentIndex(root: string, contentDir: string, index: ContentIndex): void {
  try {
    const files = Object.fromEntries(
      [...index].map(([name, entry]): [string, StoredFile] => [
        name,
        [entry.key, entry.size, entry.mtimeMs, entry.url ?? null, entry.names, ...entry.statements],
      ]),
    );
    writeWhole(indexFile(root, contentDir), JSON.stringify({ format: indexFormat, files }));
  } catch {
    // Without an index the next changed-files run reads everything, as without this file.
  }
}

/** URLs that differ only in case of host, a trailing slash or a fragment are one article. */
export function normaliseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.toString().replace(/\/$/, '');
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);
const strings = (values: unknown[]): string[] => [...new Set(values.filter((value): value is string => typeof value === 'string'))];

/**
 * The files an article or event names by id: outlets, speakers, claims, events, and the links of its
 * chains of reports. Read from the frontmatter as written, so a file with mistakes still gives what it names.
 */
export function filesNamedBy(parsed: Pick<ParsedFile, 'kind' | 'data'>, contentDir: string): string[] {
  const { kind, data } = parsed;
  const refs: [folder: string, id: unknown][] = [];
  /** An id, or `{ outlet }` / `{ official }`. */
  const party = (value: unknown) => {
    if (typeof value === 'string') refs.push(['officials', value]);
    refs.push(['sources', field(value, 'outlet')], ['officials', field(value, 'official')]);
  };
  if (kind === 'event') for (const id of list(field(data, 'participants'))) refs.push(['officials', id]);
  else if (kind === 'article') {
    refs.push(['sources', field(data, 'outlet')], ...list(field(data, 'events')).map((id): [string, unknown] => ['events', id]));
    for (const statement of list(field(data, 'statements'))) {
      party(field(statement, 'speaker'));
      refs.push(['events', field(statement, 'event')], ...list(field(statement, 'claims')).map((link): [string, unknown] => ['claims', field(link, 'claim')]));
      // Words in `accordingTo` are not ids; only `{ outlet }` and `{ official }` are.
      for (const link of list(field(statement, 'accordingTo'))) if (typeof link === 'object') party(link);
    }
  }
  return strings(refs.filter((ref) => typeof ref[1] === 'string').map(([folder, id]) => `${contentDir}/${folder}/${id as string}.md`));
}

/** What a parsed file shares checks through (a file that could not be parsed shares nothing). */
export function factsOf(parsed: Pick<ParsedFile, 'kind' | 'data' | 'id'> | undefined, contentDir: string): FileFacts {
  if (parsed?.kind === 'official' || parsed?.kind === 'source') {
    const names = [...new Set(entryNames(parsed.kind, parsed.data, parsed.id).map((name) => `${parsed.kind}:${name.key}`))];
    return { statements: [], statementRefs: [], fileRefs: filesNamedBy(parsed, contentDir), names };
  }
  if (parsed?.kind !== 'article') return { statements: [], statementRefs: [], fileRefs: parsed ? filesNamedBy(parsed, contentDir) : [], names: [] };
  const statements = list(field(parsed.data, 'statements'));
  const url = field(parsed.data, 'url');
  let normalised: string | undefined;
  try {
    normalised = typeof url === 'string' ? normaliseUrl(url) : undefined;
  } catch {
    normalised = undefined;
  }
  return {
    statements: strings(statements.map((statement) => field(statement, 'id'))),
    statementRefs: strings([
      ...statements.flatMap((statement) => list(field(statement, 'related')).map((related) => field(related, 'statement'))),
      ...list(field(parsed.data, 'omits')).map((omission) => field(omission, 'statement')),
    ]),
    fileRefs: filesNamedBy(parsed, contentDir),
    names: [],
    ...(normalised === undefined ? {} : { url: normalised }),
  };
}

/** The index's entry for a file with these facts, text key, size and modification time. */
export function indexedFile(facts: FileFacts, key: string, size = 0, mtimeMs = 0): IndexedFile {
  return { key, size, mtimeMs, statements: facts.statements, names: facts.names, ...(facts.url === undefined ? {} : { url: facts.url }) };
}
