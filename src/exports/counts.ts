// Counts agree: the build reads each written export back, as a researcher's tool would, and compares how
// many records it holds with the dataset. A difference fails the build (src/integrations/open-data.ts).
import { parse } from 'csv-parse/sync';
import type { CollectionName } from './records.ts';

/** How many records of each collection an export file holds, read back from its bytes. */
export function countsInJson(name: CollectionName, text: string): number {
  const parsed = JSON.parse(text) as Record<string, unknown[]>;
  return parsed[name]!.length;
}

export const countNdjsonLines = (text: string): number => text.split('\n').filter((line) => line !== '').length;

/** The distinct values of a CSV column (the statements' ids of statements.csv), read with a CSV parser. */
export function distinctInCsv(text: string, column: string): number {
  const rows = parse<Record<string, string>>(text, { columns: true, bom: true, skip_empty_lines: true });
  return new Set(rows.map((row) => row[column])).size;
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
