// What a full validation keeps of each content file, so that `npm run validate -- --changed` can check a
// few files against the rest without reading the rest: the key of each file's text (it is unchanged while
// its text gives that key), and what files it shares checks with: the statements it reports and refers
// to, its URL and the ids it names. One SQLite file per content folder under node_modules/.cache (Node's
// built-in node:sqlite), so that a changed-files run asks for the few facts its files need instead of
// reading every file's (a JSON index of 12,000 files took 0.17 s to read and parse, and more to collect).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { folderCacheFile } from './cache-files.ts';
import { entryNames } from './look-alike-names.ts';
import type { ParsedFile } from './parse.ts';

/** Bump when what is kept changes shape: it names the file, so another format is simply not found. */
const indexFormat = 3;

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

/** When a file was last seen, and the key its text had then. */
export interface SeenFile {
  /** The parse cache's key of its text. */
  key: string;
  /** Its size when last seen with this key (0 when not yet looked at). */
  size: number;
  /** Its modification time when last seen with this key (0 when not yet looked at). */
  mtimeMs: number;
}

/** One content file as the index keeps it: what another file's check needs of it. */
export interface IndexedFile extends SeenFile {
  /** The ids of the statements it reports. */
  statements: string[];
  /** The article's URL, normalised. */
  url?: string;
  /** An official's or outlet's names as they read with look-alikes folded, kind first (`official:ivan`). */
  names: string[];
}

/** Every content file of one folder by its path relative to the project root (as issues name it). */
export type ContentIndex = Map<string, IndexedFile>;

/** The index of one folder, open: read by question, changed file by file, written when closed. */
export interface ContentIndexStore {
  /** Every file in the index, with when it was last seen. */
  seen(): Map<string, SeenFile>;
  /** The files that report a statement. */
  reporting(statementId: string): string[];
  /** The articles with this (normalised) URL. */
  withUrl(url: string): string[];
  /** The officials or outlets with a name that reads as this one. */
  withName(name: string): string[];
  /** The file's entry (a new one, or one whose facts changed). */
  put(file: string, entry: IndexedFile): void;
  /** The file is unchanged, seen now at this size and time. */
  touch(file: string, size: number, mtimeMs: number): void;
  /** The file is gone. */
  remove(file: string): void;
  /** Writes what changed, in one transaction, and closes the file. */
  close(): void;
}

const schema = `
CREATE TABLE IF NOT EXISTS files (file TEXT PRIMARY KEY, key TEXT NOT NULL, size INTEGER NOT NULL, mtimeMs REAL NOT NULL, url TEXT);
CREATE INDEX IF NOT EXISTS filesByUrl ON files (url);
CREATE TABLE IF NOT EXISTS statements (statement TEXT NOT NULL, file TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS statementsById ON statements (statement);
CREATE INDEX IF NOT EXISTS statementsByFile ON statements (file);
CREATE TABLE IF NOT EXISTS names (name TEXT NOT NULL, file TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS namesByName ON names (name);
CREATE INDEX IF NOT EXISTS namesByFile ON names (file);
CREATE TABLE IF NOT EXISTS complete (format INTEGER NOT NULL);`;

function indexFile(root: string, contentDir: string): string {
  return folderCacheFile(root, contentDir, `content-index-${indexFormat}`, 'sqlite');
}

/** Opens (or makes) the folder's index file; processes that open it together wait for each other. */
async function openIndexFile(file: string): Promise<DatabaseSync> {
  // Loaded only here: a bundle that cannot reach it (or a Node without it) keeps no index and reads everything.
  const { DatabaseSync: Database } = await import('node:sqlite');
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  db.exec(schema);
  return db;
}

/** The index kept for the folder, open; none when no full run has written one, or it cannot be read. */
export async function openContentIndex(root: string, contentDir: string): Promise<ContentIndexStore | undefined> {
  let db: DatabaseSync | undefined;
  try {
    db = await openIndexFile(indexFile(root, contentDir));
    if (db.prepare('SELECT format FROM complete').get() === undefined) {
      db.close();
      return undefined;
    }
    return indexStore(db);
  } catch {
    db?.close();
    return undefined;
  }
}

function indexStore(db: DatabaseSync): ContentIndexStore {
  const files = (rows: unknown[]) => (rows as { file: string }[]).map((row) => row.file);
  const reporting = db.prepare('SELECT file FROM statements WHERE statement = ?');
  const withUrl = db.prepare('SELECT file FROM files WHERE url = ?');
  const withName = db.prepare('SELECT file FROM names WHERE name = ?');
  const writes: (() => void)[] = [];
  return {
    seen: () =>
      new Map(
        (db.prepare('SELECT file, key, size, mtimeMs FROM files').all() as unknown as ({ file: string } & SeenFile)[]).map(({ file, key, size, mtimeMs }) => [
          file,
          { key, size, mtimeMs },
        ]),
      ),
    reporting: (statementId) => files(reporting.all(statementId)),
    withUrl: (url) => files(withUrl.all(url)),
    withName: (name) => files(withName.all(name)),
    put: (file, entry) => writes.push(() => putFile(db, file, entry)),
    touch: (file, size, mtimeMs) => writes.push(() => db.prepare('UPDATE files SET size = ?, mtimeMs = ? WHERE file = ?').run(size, mtimeMs, file)),
    remove: (file) => writes.push(() => removeFile(db, file)),
    close() {
      try {
        if (writes.length > 0) {
          db.exec('BEGIN IMMEDIATE');
          for (const write of writes) write();
          db.exec('COMMIT');
        }
      } catch {
        // Another process held the file past the busy timeout: these files are found changed again next time.
        if (db.isTransaction) db.exec('ROLLBACK');
      } finally {
        db.close();
      }
    },
  };
}

function removeFile(db: DatabaseSync, file: string): void {
  for (const table of ['files', 'statements', 'names']) db.prepare(`DELETE FROM ${table} WHERE file = ?`).run(file);
}

function putFile(db: DatabaseSync, file: string, entry: IndexedFile): void {
  removeFile(db, file);
  db.prepare('INSERT INTO files (file, key, size, mtimeMs, url) VALUES (?, ?, ?, ?, ?)').run(file, entry.key, entry.size, entry.mtimeMs, entry.url ?? null);
  const statement = db.prepare('INSERT INTO statements (statement, file) VALUES (?, ?)');
  for (const id of new Set(entry.statements)) statement.run(id, file);
  const name = db.prepare('INSERT INTO names (name, file) VALUES (?, ?)');
  for (const key of new Set(entry.names)) name.run(key, file);
}

/** Keeps the index of every file for the next run, in place of the last one, in one transaction. */
export async function writeContentIndex(root: string, contentDir: string, index: ContentIndex): Promise<void> {
  let db: DatabaseSync | undefined;
  try {
    db = await openIndexFile(indexFile(root, contentDir));
    db.exec('BEGIN IMMEDIATE');
    for (const table of ['files', 'statements', 'names', 'complete']) db.exec(`DELETE FROM ${table}`);
    const insertFile = db.prepare('INSERT INTO files (file, key, size, mtimeMs, url) VALUES (?, ?, ?, ?, ?)');
    const insertStatement = db.prepare('INSERT INTO statements (statement, file) VALUES (?, ?)');
    const insertName = db.prepare('INSERT INTO names (name, file) VALUES (?, ?)');
    for (const [file, entry] of index) {
      insertFile.run(file, entry.key, entry.size, entry.mtimeMs, entry.url ?? null);
      for (const id of new Set(entry.statements)) insertStatement.run(id, file);
      for (const key of new Set(entry.names)) insertName.run(key, file);
    }
    db.prepare('INSERT INTO complete (format) VALUES (?)').run(indexFormat);
    db.exec('COMMIT');
  } catch {
    // Without an index the next changed-files run reads everything, as without this file.
    if (db?.isTransaction) db.exec('ROLLBACK');
  } finally {
    db?.close();
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
