// What validation works on and produces: each file's individually valid fields (for checks across
// files, even on a broken file) and the content that passed, ready to be linked.
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { EventData } from '../schemas/event.ts';
import type { ContentKind } from '../schemas/index.ts';
import type { OfficialData } from '../schemas/official.ts';
import type { SourceData } from '../schemas/source.ts';
import type { StatementData } from '../schemas/statement.ts';
import type { ParsedFile } from './parse.ts';

/** A file whose frontmatter passed its schema, with the typed data. */
export interface Entry<T> {
  id: string;
  parsed: ParsedFile;
  data: T;
}

/** The fields of a file that are valid on their own, so cross-checks run even on a broken file. */
export type Lenient<T> = { [K in keyof T]?: T[K] };

/** A statement as one article reports it, as far as its fields are valid. */
export interface StatementReport {
  article: ParsedFile;
  /** Index in the article's `statements` list, for pointing at it. */
  index: number;
  data: Lenient<Omit<StatementData, 'claims'>>;
  /** The claim links that are valid, with their index in `claims`. */
  claims: ({ index: number } & StatementData['claims'][number])[];
}

/** Every content file with its individually valid fields, for checks across files. */
export interface ContentViews {
  articles: { parsed: ParsedFile; data: Lenient<Omit<ArticleData, 'statements'>> }[];
  claims: { parsed: ParsedFile; data: Lenient<ClaimData> }[];
  events: { parsed: ParsedFile; data: Lenient<EventData> }[];
  officials: { parsed: ParsedFile; data: Lenient<OfficialData> }[];
  sources: { parsed: ParsedFile; data: Lenient<SourceData> }[];
  reports: StatementReport[];
  /** Ids of every file of each kind, valid or not: a reference to a broken file is not unknown. */
  ids: Record<ContentKind, string[]>;
  /** Every parsed file, for checks on the raw text (placeholders left by `npm run new`). */
  files: readonly ParsedFile[];
}

/** Everything that passed validation, ready to be linked. */
export interface ValidContent {
  articles: Entry<ArticleData>[];
  claims: Entry<ClaimData>[];
  events: Entry<EventData>[];
  officials: Entry<OfficialData>[];
  sources: Entry<SourceData>[];
}

export interface ValidateOptions {
  /** Today as `yyyy-MM-dd`: nothing may be dated after it. */
  today: string;
  /** Files that exist but could not be parsed: references to them are not reported as unknown. */
  unparsed?: readonly { kind: ContentKind; id: string }[];
}
