// Two officials (or two outlets) whose names read the same once letters that look or sound alike are
// folded: "Ivan" and "Іvаn" (Cyrillic І and а), "Ilham Aliyev" and "Ильхам Алиев" or "Ilham Aliev". Most
// often one person entered twice, which splits their statements over two pages that no search joins. Two
// real people can share a name: the files then say so with `distinctFrom`, and the check lets them be.
import anyAscii from 'any-ascii';
import { skeleton } from '../lib/transliterate.ts';
import type { ContentIssue, FieldPath } from './issues.ts';
import { issueAt, type ParsedFile } from './parse.ts';
import type { ContentViews } from './content-views.ts';

/** Names shorter than this once folded ("Li", "Al") say too little to call two entries one. */
const shortestKey = 3;

/**
 * What a name reads as with look-alikes folded, or undefined when too short to compare: compatibility
 * forms unified (NFKC), every script written in Latin letters (any-ascii: Cyrillic а → a, Greek ο → o,
 * Persian and Arabic by sound), then the skeleton search uses (case, marks, y/i, kh/h, doubled letters);
 * numbers are kept apart.
 * A table of Unicode's confusables (TR39) would fold by shape only; this also folds spellings of one
 * name across scripts, which are as likely to be one person entered twice.
 */
export function lookAlikeKey(name: string): string | undefined {
  const latin = anyAscii(name.normalize('NFKC'));
  const key = skeleton(latin);
  if (key.length < shortestKey) return undefined;
  // Numbers tell entries apart ("Radio 1" and "Radio 2", ids `spokesman-1` and `spokesman-2`): they are kept.
  const numbers = latin.match(/\d+/g);
  return numbers ? `${key}#${numbers.join('-')}` : key;
}

/** One name of an entry: its field, its value and what it reads as. */
interface EntryName {
  path: FieldPath;
  value: string;
  key: string;
  /**
   * Whether it names one entry: the name, or an alias of two words or more. Relatives share a surname
   * alias ("Aliyev"), so two such aliases alone do not make two entries one.
   */
  full: boolean;
}

/** The name fields of an official (name, aliases) or outlet (name), as written: the text both name checks read. */
export function nameFields(kind: 'official' | 'source', data: unknown): { path: FieldPath; value: string }[] {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const aliases = kind === 'official' && Array.isArray(record.aliases) ? record.aliases : [];
  const fields: [FieldPath, unknown][] = [[['name'], record.name], ...aliases.map((alias, index): [FieldPath, unknown] => [['aliases', index], alias])];
  return fields.flatMap(([path, value]) => (typeof value === 'string' ? [{ path, value }] : []));
}

/**
 * The names of an official or outlet that identify it: its name, aliases and id (`ilham-aliev` reads as
 * "Ilham Aliev"; reported at the file). An unnamed speaker's description is not a name.
 */
export function entryNames(kind: 'official' | 'source', data: unknown, id: string): EntryName[] {
  if (kind === 'official' && (data as { kind?: unknown } | null)?.kind === 'unnamed') return [];
  return [...nameFields(kind, data), { path: [], value: id }].flatMap(({ path, value: text }) => {
    const key = lookAlikeKey(text);
    if (key === undefined) return [];
    // A surname with a hyphen ("al-Samarrai") is one word; an id's words are its hyphenated parts.
    const words = path.length === 0 ? text.split('-') : text.trim().split(/\s+/);
    return [{ path, value: text, key, full: path[0] === 'name' || words.length > 1 }];
  });
}

/** The ids an entry declares are other people or outlets despite a look-alike name. */
function distinctFrom(data: unknown): string[] {
  const listed = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).distinctFrom : undefined;
  return Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Officials, and outlets, whose names or aliases read the same, unless one of the two lists the other in
 * `distinctFrom`: reported at the later file (by id), naming the earlier one's file and line.
 */
export function lookAlikeNames(views: Pick<ContentViews, 'officials' | 'sources'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const groups = [
    { kind: 'official' as const, word: 'official', entries: views.officials },
    { kind: 'source' as const, word: 'outlet', entries: views.sources },
  ];
  for (const { kind, word, entries } of groups) {
    const earlierByKey = new Map<string, { parsed: ParsedFile; name: EntryName; distinct: string[] }[]>();
    // By id, so a namesake `ivan-2` is reported, not the `ivan` it follows (`ivan-2.md` sorts first by file name).
    const ordered = [...entries].sort((a, b) => (a.parsed.id < b.parsed.id ? -1 : a.parsed.id > b.parsed.id ? 1 : 0));
    for (const { parsed, data } of ordered) {
      const distinct = distinctFrom(data);
      const reported = new Set<string>();
      for (const name of entryNames(kind, data, parsed.id)) {
        const sameKey = earlierByKey.get(name.key) ?? [];
        const earlier = sameKey.find(
          (other) =>
            other.parsed.id !== parsed.id &&
            !reported.has(other.parsed.id) &&
            (other.name.full || name.full) &&
            !distinct.includes(other.parsed.id) &&
            !other.distinct.includes(parsed.id),
        );
        sameKey.push({ parsed, name, distinct });
        earlierByKey.set(name.key, sameKey);
        if (!earlier) continue;
        reported.add(earlier.parsed.id);
        const { line } = earlier.parsed.locate(earlier.name.path);
        const same = earlier.name.value === name.value ? `"${name.value}"` : `"${name.value}" reads as "${earlier.name.value}"`;
        issues.push(
          issueAt(
            parsed,
            name.path,
            `${same}, ${earlier.name.path[0] === 'name' ? 'the name' : earlier.name.path.length === 0 ? 'the id' : 'an alias'} of the ${word} ${earlier.parsed.id} (${earlier.parsed.file}:${line}): probably the same ${word} entered twice`,
            kind === 'official'
              ? `if they are one, keep one file and add this spelling to its aliases; if they are different people or bodies, add \`distinctFrom: [${earlier.parsed.id}]\` here`
              : `if they are one outlet, keep one file and name it in the articles; if they are different outlets, add \`distinctFrom: [${earlier.parsed.id}]\` here`,
          ),
        );
      }
    }
  }
  return issues;
}
