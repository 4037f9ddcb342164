// Counts agree: the build reads each written export back, as a researcher's tool would, and compares how
// many records it holds with the dataset. A difference fails the build (src/integrations/open-data.ts).
import { parse } from 'csv-parse/sync';
import type { Dataset } from '../pipeline/dataset.ts';
import type { CollectionName } from './records.ts';

/**
 * How many records a collection's JSON file holds, read back from its text. Each record is dropped as soon as
 * it is parsed (the reviver puts a 0 in its place), so a large file is counted without holding its records.
 */
export function countsInJson(name: CollectionName, text: string): number {
  const parsed = JSON.parse(text, function (this: unknown, key, value: unknown) {
    const inRoot = this !== null && typeof this === 'object' && 'schemaVersion' in this;
    return typeof value === 'object' && value !== null && key !== '' && !(inRoot && key === name) ? 0 : value;
  }) as Record<string, unknown[]>;
  return parsed[name]!.length;
}

/** The records of an NDJSON file: its lines (JSON has no raw line break inside a record). */
export function countNdjsonLines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/** The distinct values of a CSV column (the statements' ids of statements.csv), read with a CSV parser a row at a time. */
export function distinctInCsv(input: string | Buffer, column: string): number {
  const values = new Set<string>();
  // Each row is counted and dropped (`on_record` returning null), so the rows are never held together.
  parse<Record<string, string>>(input, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    on_record: (row: Record<string, string>) => {
      values.add(row[column]!);
      return null;
    },
  });
  return values.size;
}

/** One problem per count that differs from the dataset's: `statements.csv holds 19 statements, the content 20`. */
export function countProblems(expected: Record<string, number>, found: { where: string; kind: string; count: number }[]): string[] {
  return found
    .filter(({ kind, count }) => count !== expected[kind])
    .map(({ where, kind, count }) => `${where} holds ${count} ${kind}, the content ${expected[kind]}`);
}

/** The statements a listing page links to (`/statements/<id>/`; page numbers are not ids, which are never all digits). */
export function statementIdsLinkedFrom(html: string): string[] {
  return [...html.matchAll(/href="\/statements\/([^/"?#]+)\/"/g)].map((match) => match[1]!).filter((id) => !/^\d+$/.test(id));
}

/** How many entries of each collection the content has: what every export must hold. */
export function contentCounts(dataset: Dataset): Record<CollectionName, number> {
  return {
    claims: dataset.claims.length,
    statements: dataset.statements.length,
    officials: dataset.officials.length,
    outlets: dataset.sources.length,
    articles: dataset.articles.length,
    events: dataset.events.length,
    corrections: dataset.corrections.length,
  };
}
