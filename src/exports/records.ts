// The open data's contract: one zod schema per exported record. The JSON Schemas published beside the
// exports and the field list on /data/ are generated from these; src/exports/records-of.ts fills them
// from the linked dataset. Every field is present in every record (null or [] when the sources do not
// say), so the CSV and SQLite columns are the same for every row.
import { z } from 'zod';
import { attributions, statementForms, statementRelations, translators } from '../schemas/statement.ts';
import { correctionKinds, correctionMakers } from '../schemas/correction.ts';
import { eventKinds } from '../schemas/event.ts';
import { officialKinds } from '../schemas/official.ts';
import { sourceKinds } from '../schemas/source.ts';
import { stances } from '../schemas/stance.ts';
import { claimStatuses } from '../schemas/status.ts';

/** The version of these records: major.minor.patch, by `versioningRules`. */
export const schemaVersion = '1.0.0';

/** What changes which part of the version; the major version is the folder (`/data/v1/`), so old readers keep working. */
export const versioningRules = {
  major: 'A field or file is removed or renamed, or a field changes its meaning or type. The new version gets a new folder (/data/v2/).',
  minor: 'A field, table or file is added. Readers that ignore what they do not know keep working.',
  patch: 'A fix that changes no field: a description, an order that was not fixed, a wrong value in an export.',
} as const;

const choice = <T extends Record<string, string>>(values: T) => z.enum(Object.keys(values) as [keyof T & string, ...(keyof T & string)[]]);
const day = z.iso.date();
// `x-rule` names the value's kind for the field list on /data/ (src/contributor/field-reference.ts).
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ 'x-rule': 'date-format' });
const link = z.url({ protocol: /^https?$/ });

/** A date as its source gives it: stated, inferred by the editors with a basis, or unknown. */
export const dateRecord = z.object({
  date: partialDate.nullable().describe('The date as precisely as known: `2026-02-06`, `2026-02` or `2026`; null when no single date is known.'),
  precision: z.enum(['day', 'month', 'year']).nullable().describe('How precise `date` is; null without a date.'),
  known: z
    .enum(['stated', 'inferred', 'unknown'])
    .describe('`stated` by the source; `inferred` by the editors from another source (see `basis`); `unknown` when no source says.'),
  notBefore: partialDate.nullable().describe('For an inferred date, the earliest it can be; else null.'),
  notAfter: partialDate.nullable().describe('For an inferred date, the latest it can be; else null.'),
  basis: z.string().nullable().describe('For an inferred date, how it is known, in one sentence; else null.'),
  basisUrl: link.nullable().describe('For an inferred date, the page it comes from, if any; else null.'),
});

/** A dated correction, update or retraction. */
export const correctionRecord = z.object({
  date: day.describe('The day the change was made.'),
  kind: choice(correctionKinds).describe('correction, update or retraction.'),
  by: choice(correctionMakers).describe('Who made it: `outlet` (the publisher) or `editors` (this site).'),
  note: z.string().describe('What changed and why.'),
});

export const claimRecord = z.object({
  id: z.string().describe('The permanent id of the claim.'),
  url: link.describe("The claim's page on this site."),
  proposition: z.string().describe('The claim as one neutral sentence, in the editors’ words (not a quotation).'),
  short: z.string().describe('A short form of it, under 75 characters, in the editors’ words.'),
  countries: z.array(z.string()).describe('The countries it concerns, ISO 3166-1 alpha-2 codes.'),
  status: choice(claimStatuses).describe("The claim's status now: the last of `statusHistory`."),
  statusSince: day.describe('The day the current status was set.'),
  statusHistory: z
    .array(
      z.object({
        date: day.describe('The day the status was set.'),
        status: choice(claimStatuses).describe('The status from that day on.'),
        reason: z.string().describe('Why, in the editors’ words.'),
      }),
    )
    .describe('Every change of status, oldest first, with its reason.'),
  summaryHtml: z.string().describe("The editors' summary, as the sanitized HTML the page shows."),
  statementIds: z.array(z.string()).describe('Its statements by the date they were said, undated ones last.'),
  tallies: z
    .object({
      asserts: z.int().describe('Statements saying the claim is true.'),
      denies: z.int().describe('Statements saying it is false.'),
      'no-evidence': z.int().describe('Statements saying the speaker has seen no evidence for it.'),
      other: z.int().describe('Statements bearing on it without asserting or denying it.'),
    })
    .describe('Statements by stance, leaving out those reported only in retracted articles.'),
  articleIds: z.array(z.string()).describe('The articles reporting its statements.'),
  outletIds: z.array(z.string()).describe('The outlets of those articles.'),
  officialIds: z.array(z.string()).describe('The officials among its speakers.'),
  eventIds: z.array(z.string()).describe('The events its statements were made at.'),
  firstReportArticleId: z.string().nullable().describe('The earliest reporting article with a known date; null when none states its date.'),
  latestReportArticleId: z.string().nullable().describe('The latest reporting article with a known date; null when none states its date.'),
  corrections: z.array(correctionRecord).describe('Corrections to our record of the claim, oldest first.'),
  lastUpdated: day.describe('The latest of: its last status change, its last correction, the last day a reporting article was read.'),
});

/** One article's account of a statement. */
export const reportRecord = z.object({
  articleId: z.string().describe('The reporting article.'),
  outletId: z.string().describe('Its outlet.'),
  said: dateRecord.describe('When this article says the statement was made.'),
  form: choice(statementForms).describe(
    '`verbatim` (the exact words), `translation` (the exact words, translated) or `paraphrase` (the article’s own wording: not the speaker’s words).',
  ),
  text: z.string().describe('The words as this article gives them; for a paraphrase, the article’s wording.'),
  language: z.string().describe('The language of `text`, BCP 47.'),
  original: z
    .object({ text: z.string().describe('The words in their own language.'), language: z.string().describe('Their language, BCP 47.') })
    .nullable()
    .describe('The words in the language they were said in, when the article gives them beside its translation; else null.'),
  translation: z
    .object({
      text: z.string().describe('The translated words.'),
      language: z.string().describe('The language of the translation, BCP 47.'),
      by: choice(translators).describe('Who translated: `outlet` or `editors`.'),
    })
    .nullable()
    .describe('A translation for readers, with who made it (`outlet` or `editors`); else null.'),
  attribution: choice(attributions).describe('`direct`, or `according-to` when the article relays someone else’s report.'),
  accordingTo: z
    .array(
      z.object({
        kind: z.enum(['outlet', 'official', 'words']).describe('An outlet or official on this site, or a party described in `words`.'),
        id: z.string().nullable().describe('The outlet or official, when it is on this site; else null.'),
        text: z.string().nullable().describe('The party as the article describes it, when it is not on this site; else null.'),
      }),
    )
    .describe('Whose report the article relays, nearest first; empty for a direct report.'),
  passage: z.string().nullable().describe('The passage of the article the statement relies on, copied exactly; else null.'),
  venue: z.string().nullable().describe('Where it was said, as the article gives it; else null.'),
  occasion: z.string().nullable().describe('On what occasion, as the article gives it; else null.'),
  eventId: z.string().nullable().describe('The event this report places the statement at; else null.'),
  retracted: z.boolean().describe('True when the reporting article was retracted.'),
  corrections: z.array(correctionRecord).describe('Corrections to this report, oldest first.'),
});

export const statementRecord = z.object({
  id: z.string().describe('The permanent id of the statement.'),
  url: link.describe("The statement's page on this site."),
  speakerKind: z.enum(['official', 'outlet']).describe('`official` (a person, institution or unnamed speaker), or `outlet` speaking in its own voice.'),
  speakerId: z.string().describe('The official or outlet who said it.'),
  speakerName: z.string().describe('Their name as this site records it (for an unnamed speaker, the description the reports give).'),
  speakerRoles: z.array(z.string()).describe('Their offices when they spoke; empty when the date or their roles do not tell.'),
  said: dateRecord.nullable().describe('When it was said, as its reports agree; null when reports give different dates (each report’s `said` has its own).'),
  earliestDay: day.nullable().describe('The earliest day any report allows, for ordering; null when no report dates it.'),
  claims: z
    .array(
      z.object({
        claimId: z.string().describe('The claim.'),
        stance: choice(stances).describe('asserts, denies, no-evidence or other.'),
        uncertain: z.array(z.string()).describe('Why the stance is uncertain, when every report giving it says so; else empty.'),
      }),
    )
    .describe('The claims it bears on, with its stance toward each; empty for a remark recorded only as part of an event.'),
  eventIds: z.array(z.string()).describe('The events its reports place it at (more than one when they disagree).'),
  reports: z.array(reportRecord).describe('Every article reporting it, earliest first.'),
  related: z
    .array(
      z.object({
        statementId: z.string().describe('The other statement.'),
        relation: choice(statementRelations).describe('contradicts, disputes or same-remark.'),
        direction: z.enum(['declared', 'received']).describe('`declared` when this statement’s report names the other; `received` when the other names it.'),
        note: z.string().describe('What differs, or why they are the same remark.'),
      }),
    )
    .describe('Statements it contradicts, disputes or is the same remark as, in both directions.'),
  lastUpdated: day.describe('The latest of: the last day a reporting article was read, the last correction of one of its reports or articles.'),
});

export const officialRecord = z.object({
  id: z.string().describe('The permanent id of the official.'),
  url: link.describe('Their page on this site.'),
  name: z.string().describe('The name in English as most outlets write it; for an unnamed speaker, the description the reports give.'),
  kind: choice(officialKinds).describe('person, institution or unnamed.'),
  country: z.string().nullable().describe('The country they speak for, ISO 3166-1 alpha-2; null when no source says.'),
  roles: z
    .array(
      z.object({
        title: z.string().describe('The office as sources give it.'),
        from: partialDate.nullable().describe('When they took the office, if a source says.'),
        to: partialDate.nullable().describe('When they left it, if they have and a source says.'),
        attested: z.array(partialDate).describe('Dates sources show them in it, when start and end are not known.'),
      }),
    )
    .describe('Offices held, with dates where known.'),
  aliases: z.array(z.string()).describe('Other spellings and names.'),
  wikidata: z.string().nullable().describe('The Wikidata item (`Q123`), if there is one.'),
  distinctFrom: z.array(z.string()).describe('Officials with a name that reads the same, recorded as different.'),
  statementIds: z.array(z.string()).describe('Every statement they made, earliest first (undated last).'),
  lastUpdated: day.nullable().describe('When their latest statement was last updated; null without statements.'),
});

export const outletRecord = z.object({
  id: z.string().describe('The permanent id of the outlet.'),
  url: link.describe('Its page on this site.'),
  name: z.string().describe('Its name as it writes it.'),
  homepage: link.describe('Its home page.'),
  kind: choice(sourceKinds).describe('What kind of outlet it is.'),
  country: z.string().nullable().describe('Where it is based, ISO 3166-1 alpha-2; null when unknown.'),
  countryBasis: z.string().nullable().describe('How the country is known when no source states it (inferred); null when stated or unknown.'),
  languages: z.array(z.string()).describe('The languages it publishes in, BCP 47.'),
  distinctFrom: z.array(z.string()).describe('Outlets with a name that reads the same, recorded as different.'),
  articleIds: z.array(z.string()).describe('Its articles on this site.'),
  ownStatementIds: z.array(z.string()).describe('Statements it made in its own voice.'),
  lastUpdated: day.nullable().describe('The last day one of its articles was read; null without articles.'),
});

export const articleRecord = z.object({
  id: z.string().describe('The permanent id of the article.'),
  url: link.describe('Its page on this site.'),
  originalUrl: link.describe('The article as published.'),
  archiveUrl: link.nullable().describe('A copy in a web archive; null when none is recorded.'),
  outletId: z.string().describe('The outlet that published it.'),
  headline: z.string().nullable().describe('The headline exactly as published; null when the copy shows none (wire copy, a transcript).'),
  published: dateRecord.describe('When it was published.'),
  accessed: day.describe('The day a contributor read it.'),
  language: z.string().describe('Its language, BCP 47.'),
  authors: z.array(z.string()).describe('Bylines as printed; empty when it names no author.'),
  statementIds: z.array(z.string()).describe('The statements it reports.'),
  eventIds: z.array(z.string()).describe('The events it gives an account of.'),
  omits: z
    .array(
      z.object({
        statementId: z.string().describe('The statement another account reports.'),
        note: z.string().describe('What this account says instead, or that it says nothing on it.'),
      }),
    )
    .describe('Statements of its events that other accounts report and this one leaves out.'),
  retracted: z.boolean().describe('True when the outlet retracted it.'),
  corrections: z.array(correctionRecord).describe('Corrections, updates and retractions, oldest first.'),
});

export const eventRecord = z.object({
  id: z.string().describe('The permanent id of the event.'),
  url: link.describe('Its page on this site.'),
  title: z.string().describe('What happened, in the editors’ words.'),
  kind: choice(eventKinds).describe('What kind of occasion it was.'),
  date: dateRecord.describe('When it took place.'),
  place: z.string().nullable().describe('Where, as a source gives it; null when none says.'),
  participantIds: z.array(z.string()).describe('Officials who took part.'),
  descriptionHtml: z.string().describe('The description, as the sanitized HTML the page shows.'),
  accounts: z
    .array(
      z.object({
        articleId: z.string().describe('The article giving the account.'),
        outletId: z.string().describe('Its outlet.'),
        readout: z.boolean().describe('True when the outlet is a government body speaking for itself.'),
      }),
    )
    .describe('Every account of it, earliest article first.'),
  statementIds: z.array(z.string()).describe('Statements made at it.'),
  claimIds: z.array(z.string()).describe('Claims its statements bear on.'),
});

/** A correction as the corrections log lists it, with what it concerns. */
export const loggedCorrectionRecord = correctionRecord.extend({
  targetKind: z.enum(['article', 'claim', 'statement']).describe('What it concerns.'),
  targetId: z.string().describe('The id of what it concerns.'),
  articleId: z.string().nullable().describe('The article that carries it (for a statement, the report’s article); null for a claim.'),
});

export type DateRecord = z.infer<typeof dateRecord>;
export type ClaimRecord = z.infer<typeof claimRecord>;
export type StatementRecord = z.infer<typeof statementRecord>;
export type ReportRecord = z.infer<typeof reportRecord>;
export type OfficialRecord = z.infer<typeof officialRecord>;
export type OutletRecord = z.infer<typeof outletRecord>;
export type ArticleRecord = z.infer<typeof articleRecord>;
export type EventRecord = z.infer<typeof eventRecord>;
export type LoggedCorrectionRecord = z.infer<typeof loggedCorrectionRecord>;

/** Each exported collection: its file name and the schema of one record. */
export const collections = {
  claims: { record: claimRecord, title: 'Claims' },
  statements: { record: statementRecord, title: 'Statements, with every report' },
  officials: { record: officialRecord, title: 'Officials' },
  outlets: { record: outletRecord, title: 'Outlets' },
  articles: { record: articleRecord, title: 'Articles' },
  events: { record: eventRecord, title: 'Events' },
  corrections: { record: loggedCorrectionRecord, title: 'Corrections' },
} as const;

export type CollectionName = keyof typeof collections;

/** The records of every collection. */
export interface OpenData {
  /** The latest day the record changed: an article read, a status set, a correction made. */
  asOf: string;
  claims: ClaimRecord[];
  statements: StatementRecord[];
  officials: OfficialRecord[];
  outlets: OutletRecord[];
  articles: ArticleRecord[];
  events: EventRecord[];
  corrections: LoggedCorrectionRecord[];
}
