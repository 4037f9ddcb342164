// Parses kept between runs, by content: a file whose text has not changed is not parsed again (YAML and
// Markdown are most of the time validation takes). One SQLite file under node_modules/.cache, written with
// Node's built-in node:sqlite. The key covers the parser: its own source and the versions of the YAML
// and Markdown libraries, so a change to either starts afresh. Anything that goes wrong with the cache
// only makes the run parse everything, as without it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Root as MdastRoot } from 'mdast';
import type { CachedParse, ParseCache } from './parse.ts';

/** Bump when what is cached changes shape. */
const cacheFormat = 'claim-tracker parse cache 5';

/** The parser's own source and its libraries' versions: a change to any gives other keys. */
function parserVersion(root: string): string {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const versionOf = (name: string) => (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256').update(cacheFormat);
  for (const file of ['parse.ts', 'mdast-text.ts', 'issues.ts']) hash.update(readFileSync(path.join(here, file)));
  for (const name of ['yaml', 'remark-parse', 'remark-gfm', 'micromark']) hash.update(`${name}@${versionOf(name)}`);
  return hash.digest('hex').slice(0, 16);
}

/** Positions are dropped from a cached body: the issues that need them were found when it was parsed. */
const withoutPositions = (key: string, value: unknown) => (key === 'position' ? undefined : value);

/** A parse as the cache stores it: its fields and its body as JSON (a body only when the file could be read). */
export interface SerializedParse {
  meta: string;
  body: string | null;
}

/** A parse in the form the cache stores (and a worker thread sends back). */
export function serializeParse({ body, ...meta }: CachedParse): SerializedParse {
  const tree = typeof body === 'function' ? body() : body;
  return { meta: JSON.stringify(meta), body: tree === undefined ? null : JSON.stringify(tree, withoutPositions) };
}

/** A stored parse; its body is read from JSON when first asked for. */
export function deserializeParse({ meta, body }: SerializedParse): CachedParse {
  const fields = JSON.parse(meta) as Omit<CachedParse, 'body'>;
  return body === null ? fields : { ...fields, body: () => JSON.parse(body) as MdastRoot };
}

function isSerialized(parse: CachedParse | SerializedParse): parse is SerializedParse {
  return typeof (parse as Partial<SerializedParse>).meta === 'string';
}

/** A parse cache that keeps what it is given until `flush` writes it, in one transaction. */
export interface ParseCacheStore extends ParseCache {
  /** Which keys it has a parse for (asked of each file of a load: an answer per key, not a list of all). */
  knownKeys(): Pick<ReadonlySet<string>, 'has'>;
  /** Keeps a parse already in stored form (from a worker thread) without reading it. */
  setSerialized(key: string, parse: SerializedParse): void;
  /** Writes the new parses and closes the file. */
  flush(): void;
}

/** The cache under the project's node_modules/.cache (or in `file`), or none when it cannot be opened or is turned off. */
export async function openParseCache(
  root: string,
  file = path.join(root, 'node_modules/.cache/claim-tracker/parses.sqlite'),
): Promise<ParseCacheStore | undefined> {
  if (process.env.CLAIM_TRACKER_PARSE_CACHE === 'off') return undefined;
  try {
    // Loaded only here: a bundle that cannot reach it (or a Node without it) parses without a cache.
    const { DatabaseSync: Database } = await import('node:sqlite');
    const version = parserVersion(root);
    mkdirSync(path.dirname(file), { recursive: true });
    // The busy timeout comes first: processes opening a new file together wait for each other's switch
    // to WAL rather than failing (and parsing without a cache, or keeping no index).
    const db: DatabaseSync = new Database(file, { timeout: 10_000 });
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    db.exec('CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, meta TEXT NOT NULL, body TEXT)');
    const select: StatementSync = db.prepare('SELECT meta, body FROM parses WHERE key = ?');
    const has: StatementSync = db.prepare('SELECT 1 FROM parses WHERE key = ?');
    const insert: StatementSync = db.prepare('INSERT OR REPLACE INTO parses (key, meta, body) VALUES (?, ?, ?)');
    const pending = new Map<string, CachedParse | SerializedParse>();
    return {
      knownKeys: () => ({ has: (key) => pending.has(key) || has.get(key) !== undefined }),
      keyOf: (text) => createHash('sha256').update(version).update('\0').update(text).digest('base64url'),
      get(key) {
        try {
          const kept = pending.get(key);
          if (kept) return isSerialized(kept) ? deserializeParse(kept) : kept;
          const row = select.get(key) as SerializedParse | undefined;
          return row ? deserializeParse(row) : undefined;
        } catch {
          return undefined;
        }
      },
      set(key, parse) {
        pending.set(key, parse);
      },
      setSerialized(key, parse) {
        pending.set(key, parse);
      },
      flush() {
        try {
          if (pending.size > 0) {
            db.exec('BEGIN');
            for (const [key, parse] of pending) {
              const { meta, body } = isSerialized(parse) ? parse : serializeParse(parse);
              insert.run(key, meta, body);
            }
            db.exec('COMMIT');
          }
        } catch {
          // Another process holds the file for longer than the busy timeout: these parses are kept next time.
        } finally {
          pending.clear();
          db.close();
        }
      },
    };
  } catch {
    return undefined;
  }
}

/**
 * Parses kept in this process's memory, in front of the file cache (or alone): a process that loads the
 * content again and again (the dev server) reads each unchanged parse from memory, not from SQLite.
 */
export function memoryParseCache(parses: Map<string, CachedParse>, keys: Map<string, string>, inner?: ParseCacheStore): ParseCacheStore {
  const hash = inner
    ? (text: string) => inner.keyOf(text)
    : (text: string) => createHash('sha256').update(cacheFormat).update('\0').update(text).digest('base64url');
  return {
    // An unchanged file's text is the same string as last time, so finding its key does not hash it again.
    keyOf(text) {
      let key = keys.get(text);
      if (key === undefined) keys.set(text, (key = hash(text)));
      return key;
    },
    get(key) {
      const kept = parses.get(key);
      if (kept) return kept;
      const stored = inner?.get(key);
      if (stored) parses.set(key, stored);
      return stored;
    },
    set(key, parse) {
      parses.set(key, parse);
      inner?.set(key, parse);
    },
    // The file cache is asked only for keys not in memory (in the dev server, an edited file's).
    knownKeys: () => {
      const innerKeys = inner?.knownKeys();
      return { has: (key) => parses.has(key) || (innerKeys?.has(key) ?? false) };
    },
    setSerialized(key, parse) {
      parses.set(key, deserializeParse(parse));
      inner?.setSerialized(key, parse);
    },
    flush: () => inner?.flush(),
  };
}
