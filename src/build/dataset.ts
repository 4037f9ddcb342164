import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { KnownDate } from '../schemas/date.ts';
import type { OfficialData } from '../schemas/official.ts';
import type { SourceData } from '../schemas/source.ts';
import type { Stance } from '../schemas/stance.ts';
import type { ClaimStatus } from '../schemas/status.ts';
import type { StatementData } from '../schemas/statement.ts';

/** One article's account of a statement: its wording and how it knows. */
export interface Report {
  articleId: string;
  outletId: string;
  /** When the reporting article was published, as far as known. */
  published: KnownDate;
  form: StatementData['form'];
  text: string;
  /** Language of the text: the statement's own, or the article's. */
  language: string;
  attribution: StatementData['attribution'];
  accordingTo?: string;
  passage?: string;
  context?: StatementData['context'];
}

/** A statement, merged from every article that reports it. */
export interface Statement {
  id: string;
  speakerId: string;
  said: KnownDate;
  claims: { claimId: string; stance: Stance }[];
  /** The speaker's offices when they spoke; empty when the date or their roles do not tell. */
  speakerRoles: string[];
  /** Every report, earliest article first. */
  reports: Report[];
  /** The wording to show first: the speaker's own words if any report has them, else a translation, else a paraphrase. */
  shown: Report;
  /** The latest day a reporting article was read: when this statement last changed here. */
  lastUpdated: string;
}

/** One row of a claim's timeline. */
export interface TimelineEntry {
  statementId: string;
  said: KnownDate;
  speakerId: string;
  speakerRoles: string[];
  stance: Stance;
  outletIds: string[];
}

/** The article that first or last reported on a claim, with its date. */
export interface ReportMoment {
  articleId: string;
  published: KnownDate;
}

export interface Claim {
  id: string;
  data: ClaimData;
  summaryHtml: string;
  /** The status now: the last entry of the history. */
  status: ClaimStatus;
  /** The day of the last status change. */
  statusSince: string;
  /** Statements on the claim, by the date they were said; undated ones last. */
  timeline: TimelineEntry[];
  tallies: Record<Stance, number>;
  /** Earliest and latest reporting article with a known date; absent when no article states its date. */
  firstReport?: ReportMoment;
  latestReport?: ReportMoment;
  /** Reporting articles whose publication date is unknown. */
  undatedReportCount: number;
  articleIds: string[];
  officialIds: string[];
  /** The last status change or the last day a reporting article was read, whichever is later. */
  lastUpdated: string;
  /** The latest day a dated statement on it may have been said; absent when none is dated. */
  latestStatementDay?: string;
}

export interface Article {
  id: string;
  file: string;
  data: ArticleData;
  /** The body as sanitized HTML; its paragraphs carry ids `p1`, `p2`, … */
  bodyHtml: string;
  statementIds: string[];
  /** For each statement, the id of the body paragraph its quote or passage stands in. */
  passageAnchors: Map<string, string>;
}

export interface Official {
  id: string;
  data: OfficialData;
  descriptionHtml: string;
  /** Their statements, grouped by the claim they bear on. */
  statementsByClaim: { claimId: string; statementIds: string[] }[];
  /** Claims on which they both asserted and denied. */
  oppositeStanceClaimIds: string[];
  /** When their latest statement was last updated; absent without statements. */
  lastUpdated?: string;
}

export interface Source {
  id: string;
  data: SourceData;
  descriptionHtml: string;
  articleIds: string[];
  statementIds: string[];
  /** The last day one of its articles was read; absent without articles. */
  lastUpdated?: string;
}

export interface Country {
  /** Upper-case ISO code (`AZ`); pages use it in lower case. */
  code: string;
  name: string;
  claimIds: string[];
  officialIds: string[];
  sourceIds: string[];
  /** The latest update of a claim, official or outlet of the country; absent when none has one. */
  lastUpdated?: string;
}

/** The linked content every page reads from; nothing here is recomputed by a page. */
export interface Dataset {
  claims: Claim[];
  statements: Statement[];
  articles: Article[];
  officials: Official[];
  sources: Source[];
  countries: Country[];
  claimsById: Map<string, Claim>;
  statementsById: Map<string, Statement>;
  articlesById: Map<string, Article>;
  officialsById: Map<string, Official>;
  sourcesById: Map<string, Source>;
  countriesByCode: Map<string, Country>;
}
