import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { Correction } from '../schemas/correction.ts';
import type { KnownDate } from '../schemas/date.ts';
import type { EventData } from '../schemas/event.ts';
import type { OfficialData } from '../schemas/official.ts';
import type { SourceData } from '../schemas/source.ts';
import type { Stance } from '../schemas/stance.ts';
import type { ClaimStatus } from '../schemas/status.ts';
import type { StatementData, StatementRelation } from '../schemas/statement.ts';

/** Who said something: a person, institution or unnamed speaker of content/officials/, or an outlet in its own voice. */
export interface SpeakerRef {
  kind: 'official' | 'outlet';
  id: string;
}

/** One link of a chain of reports: an outlet or official on this site, or a party described in words. */
export type ChainLink = { kind: 'outlet' | 'official'; id: string } | { kind: 'words'; text: string };

/** A statement's stance toward one claim. */
export interface ClaimLink {
  claimId: string;
  stance: Stance;
  /** Why the stance is uncertain, when every report that gives it says so; absent when it is not. */
  uncertain?: string[];
}

/** One article's account of a statement: its own date, wording, form and language, and how it knows. */
export interface Report {
  articleId: string;
  outletId: string;
  /** When the reporting article was published, as far as known. */
  published: KnownDate;
  /** When this article says the statement was made. */
  said: KnownDate;
  form: StatementData['form'];
  text: string;
  /** Language of the text: the statement's own, or the article's. */
  language: string;
  /** The words in the language they were said in, as the article gives them beside its translation. */
  original?: NonNullable<StatementData['original']>;
  /** The words translated for readers, with who translated them. */
  translation?: NonNullable<StatementData['translation']>;
  attribution: StatementData['attribution'];
  /** Whose report the article relays, nearest first; empty for a direct report. */
  accordingTo: ChainLink[];
  passage?: string;
  context?: StatementData['context'];
  /** The event this report places the statement at. */
  eventId?: string;
  corrections: Correction[];
  /** True when the reporting article was retracted. */
  retracted: boolean;
}

/** A date one or more reports give for a statement. */
export interface DateAccount {
  date: KnownDate;
  articleIds: string[];
}

/** When a statement was made: the date its reports agree on, or every date when they disagree. */
export type SaidDate = { kind: 'agreed'; date: KnownDate } | { kind: 'differs'; accounts: DateAccount[] };

/** A statement's tie to another, seen from this statement. */
export interface StatementLink {
  relation: StatementRelation;
  statementId: string;
  note: string;
  /** `declared` when this statement's report names the other; `received` when the other names this one. */
  direction: 'declared' | 'received';
}

/** A statement, merged from every article that reports it. */
export interface Statement {
  id: string;
  speaker: SpeakerRef;
  said: SaidDate;
  /** The earliest day any report allows, for ordering and years; absent when no report dates it. */
  earliestDay?: string;
  /** Sorts statements by date, undated last. */
  sortKey: string;
  claims: ClaimLink[];
  /** The speaker's offices when they spoke; empty when the date or their roles do not tell. */
  speakerRoles: string[];
  /** What to say of a person's office when no recorded role covers the date ("no role on record for this date (on record: …)"). */
  roleNote?: string;
  /** Every report, earliest article first. */
  reports: Report[];
  /** The wording to show first: the speaker's own words if any report has them, else a translation, else a paraphrase. */
  shown: Report;
  /** Events the reports place it at (more than one when they disagree). */
  eventIds: string[];
  /** The outlets that reported it, in the order of its reports. */
  outletIds: string[];
  /** Statements it contradicts, disputes or is the same remark as, in both directions. */
  links: StatementLink[];
  /** Accounts of its event that, read whole, leave it out, with what they say instead. */
  omittedBy: { articleId: string; note: string }[];
  /** The latest day a reporting article was read: when this statement last changed here. */
  lastUpdated: string;
}

/** One row of a claim's timeline. */
export interface TimelineEntry {
  statementId: string;
  said: SaidDate;
  speaker: SpeakerRef;
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
  /** Statements by stance, leaving out those reported only in retracted articles. */
  tallies: Record<Stance, number>;
  /** Years in which its statements may have been made. */
  statementYears: string[];
  /** Statements on it reported only in retracted articles: on the timeline, marked, but not in the tallies. */
  retractedStatementCount: number;
  /** Earliest and latest reporting article with a known date; absent when no article states its date. */
  firstReport?: ReportMoment;
  latestReport?: ReportMoment;
  /** Reporting articles whose publication date is unknown. */
  undatedReportCount: number;
  articleIds: string[];
  /** Outlets of the reporting articles. */
  outletIds: string[];
  /** Speakers of its statements that are officials. */
  officialIds: string[];
  /** Events its statements were made at. */
  eventIds: string[];
  /** Pairs of its statements that contradict, dispute or repeat each other. */
  statementPairs: { from: string; to: string; relation: StatementRelation; note: string }[];
  /** Its statements that an account of their event leaves out. */
  omissions: { statementId: string; articleId: string; note: string }[];
  /** The last status change or the last day a reporting article was read, whichever is later. */
  lastUpdated: string;
  /** The latest day a dated statement on it may have been said; absent when none is dated. */
  latestStatementDay?: string;
  /** When the latest dated statement on it was said, as its reports give it (inferred, approximate, or differing). */
  latestSaid?: SaidDate;
}

export interface Article {
  id: string;
  file: string;
  data: ArticleData;
  /** False when the copy shows no headline (`headline: unknown`). */
  hasHeadline: boolean;
  /** The body as sanitized HTML; its paragraphs carry ids `p1`, `p2`, … */
  bodyHtml: string;
  statementIds: string[];
  /** For each statement, the id of the body paragraph its quote or passage stands in. */
  passageAnchors: Map<string, string>;
  /** Events it gives an account of. */
  eventIds: string[];
  /** The retraction, when the article was retracted. */
  retraction?: Correction;
}

export interface Official {
  id: string;
  data: OfficialData;
  descriptionHtml: string;
  /** Their statements, grouped by the claim they bear on, each with its stance toward it. */
  statementsByClaim: { claimId: string; statementIds: string[]; stanceOf: Record<string, Stance> }[];
  /** How many statements they made, on any claim or none. */
  statementCount: number;
  /** Every statement they made, on any claim or none, earliest first (undated last). */
  statementIds: string[];
  /** Claims on which they both asserted and denied. */
  oppositeStanceClaimIds: string[];
  /** Events they took part in or spoke at. */
  eventIds: string[];
  /** Reports that relay what others said through this official. */
  relayed: { statementId: string; articleId: string }[];
  /** When their latest statement was last updated; absent without statements. */
  lastUpdated?: string;
  /** Other officials with a name that reads the same, declared different by either file (`distinctFrom`). */
  namesakeIds: string[];
}

export interface Source {
  id: string;
  data: SourceData;
  /** Where it is based, as a code; absent when not known. */
  countryCode?: string;
  /** How the country is known when no source states it. */
  countryBasis?: { basis: string; basisUrl?: string };
  descriptionHtml: string;
  articleIds: string[];
  statementIds: string[];
  /** Statements the outlet made in its own voice. */
  ownStatementIds: string[];
  /** Statements its articles carry from others: `statementIds` without its own voice, each listed once on its page. */
  carriedStatementIds: string[];
  /** Reports by other outlets that relay this outlet's report (it is named in their `accordingTo`). */
  relayedBy: { statementId: string; articleId: string }[];
  /** The last day one of its articles was read; absent without articles. */
  lastUpdated?: string;
  /** Other outlets with a name that reads the same, declared different by either file (`distinctFrom`). */
  namesakeIds: string[];
}

/** What one account of an event has of one statement made at it. */
export type AccountCoverage =
  | { kind: 'reported'; report: Report; /** False when the report dates the statement otherwise than the event is dated. */ datedAsEvent: boolean }
  | { kind: 'omitted'; note: string }
  | { kind: 'not-recorded' };

/** An article that gives an account of an event. */
export interface EventAccount {
  articleId: string;
  outletId: string;
  /** True when the outlet is a government body speaking for itself: the account is its readout. */
  readout: boolean;
}

export interface Event {
  id: string;
  data: EventData;
  descriptionHtml: string;
  /** Every account of it, earliest article first. */
  accounts: EventAccount[];
  /** Each statement made at it, with what every account (in the order of `accounts`) has of it. */
  coverage: { statementId: string; byAccount: AccountCoverage[] }[];
  claimIds: string[];
  lastUpdated?: string;
}

/** A correction, update or retraction with what it concerns, for the corrections log. */
export interface LoggedCorrection extends Correction {
  target: { kind: 'article' | 'claim' | 'statement'; id: string };
  /** The article that carries it (for a statement, the report's article). */
  articleId?: string;
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
  events: Event[];
  countries: Country[];
  /** Every correction, update and retraction, newest first. */
  corrections: LoggedCorrection[];
  /** What the home page leads with: the latest dated statements, the claims with the latest statements, the officials with statements on the most claims. */
  highlights: { latestStatementIds: string[]; activeClaimIds: string[]; busiestOfficialIds: string[] };
  /** Every year a statement may have been made or an article published, in order. */
  years: string[];
  claimsById: Map<string, Claim>;
  statementsById: Map<string, Statement>;
  articlesById: Map<string, Article>;
  officialsById: Map<string, Official>;
  sourcesById: Map<string, Source>;
  eventsById: Map<string, Event>;
  countriesByCode: Map<string, Country>;
}
