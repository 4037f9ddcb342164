// The open data's records, read from the same linked dataset the pages read, so the two cannot
// disagree. Pure: every list is in a fixed order (records by id), so unchanged content gives the same bytes.
import { precisionOf } from '../lib/dates.ts';
import type { Correction } from '../schemas/correction.ts';
import type { KnownDate } from '../schemas/date.ts';
import type { ChainLink, Dataset, Report, Statement } from '../pipeline/dataset.ts';
import { countryCodeOf } from '../schemas/source.ts';
import { urls } from '../site/urls.ts';
import type {
  ArticleRecord,
  ClaimRecord,
  DateRecord,
  EventRecord,
  LoggedCorrectionRecord,
  OfficialRecord,
  OpenData,
  OutletRecord,
  ReportRecord,
  StatementRecord,
} from './records.ts';

const byId = <T extends { id: string }>(records: T[]): T[] => records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A known date as a record: every field present, null where the source is silent. */
export function dateRecordOf(known: KnownDate): DateRecord {
  if (known === 'unknown') return { date: null, precision: null, known: 'unknown', notBefore: null, notAfter: null, basis: null, basisUrl: null };
  if (typeof known === 'string')
    return { date: known, precision: precisionOf(known) ?? null, known: 'stated', notBefore: null, notAfter: null, basis: null, basisUrl: null };
  return {
    date: known.date ?? null,
    precision: known.date === undefined ? null : (precisionOf(known.date) ?? null),
    known: 'inferred',
    notBefore: known.notBefore ?? null,
    notAfter: known.notAfter ?? null,
    basis: known.basis,
    basisUrl: known.basisUrl ?? null,
  };
}

const correctionsOf = (corrections: readonly Correction[] = []) => corrections.map(({ date, kind, by, note }) => ({ date, kind, by, note }));

const chainLinkOf = (link: ChainLink) =>
  link.kind === 'words' ? { kind: link.kind, id: null, text: link.text } : { kind: link.kind, id: link.id, text: null };

function reportRecordOf(report: Report): ReportRecord {
  return {
    articleId: report.articleId,
    outletId: report.outletId,
    said: dateRecordOf(report.said),
    form: report.form,
    text: report.text,
    language: report.language,
    original: report.original ? { text: report.original.text, language: report.original.language } : null,
    translation: report.translation ? { text: report.translation.text, language: report.translation.language, by: report.translation.by } : null,
    attribution: report.attribution,
    accordingTo: report.accordingTo.map(chainLinkOf),
    passage: report.passage ?? null,
    venue: report.context?.venue ?? null,
    occasion: report.context?.occasion ?? null,
    eventId: report.eventId ?? null,
    retracted: report.retracted,
    corrections: correctionsOf(report.corrections),
  };
}

function statementRecordOf(dataset: Dataset, statement: Statement, site: URL): StatementRecord {
  const speakerName =
    statement.speaker.kind === 'outlet' ? dataset.sourcesById.get(statement.speaker.id)!.data.name : dataset.officialsById.get(statement.speaker.id)!.data.name;
  return {
    id: statement.id,
    url: new URL(urls.statement(statement.id), site).href,
    speakerKind: statement.speaker.kind,
    speakerId: statement.speaker.id,
    speakerName,
    speakerRoles: statement.speakerRoles,
    said: statement.said.kind === 'agreed' ? dateRecordOf(statement.said.date) : null,
    earliestDay: statement.earliestDay ?? null,
    claims: statement.claims.map((claim) => ({ claimId: claim.claimId, stance: claim.stance, uncertain: claim.uncertain ?? [] })),
    eventIds: statement.eventIds,
    reports: statement.reports.map(reportRecordOf),
    related: statement.links.map((link) => ({ statementId: link.statementId, relation: link.relation, direction: link.direction, note: link.note })),
    lastUpdated: statement.lastUpdated,
  };
}

/** Every collection of the open data, from the linked dataset; `site` is the site's address, for the pages' URLs. */
export function openDataOf(dataset: Dataset, site: URL): OpenData {
  const page = (path: string) => new URL(path, site).href;
  const claims = dataset.claims.map((claim): ClaimRecord => ({
    id: claim.id,
    url: page(urls.claim(claim.id)),
    proposition: claim.data.proposition,
    short: claim.data.short,
    countries: claim.data.countries,
    status: claim.status,
    statusSince: claim.statusSince,
    statusHistory: claim.data.statusHistory.map(({ date, status, reason }) => ({ date, status, reason })),
    summaryHtml: claim.summaryHtml,
    statementIds: claim.timeline.map((entry) => entry.statementId),
    tallies: { asserts: claim.tallies.asserts, denies: claim.tallies.denies, 'no-evidence': claim.tallies['no-evidence'], other: claim.tallies.other },
    articleIds: claim.articleIds,
    outletIds: claim.outletIds,
    officialIds: claim.officialIds,
    eventIds: claim.eventIds,
    firstReportArticleId: claim.firstReport?.articleId ?? null,
    latestReportArticleId: claim.latestReport?.articleId ?? null,
    corrections: correctionsOf(claim.data.corrections),
    lastUpdated: claim.lastUpdated,
  }));
  const statements = dataset.statements.map((statement) => statementRecordOf(dataset, statement, site));
  const officials = dataset.officials.map((official): OfficialRecord => ({
    id: official.id,
    url: page(urls.official(official.id)),
    name: official.data.name,
    kind: official.data.kind,
    country: official.data.country ?? null,
    roles: official.data.roles.map((role) => ({
      title: role.title,
      from: role.from ?? null,
      to: role.to ?? null,
      attested: role.attested === undefined ? [] : [role.attested].flat(),
    })),
    aliases: official.data.aliases,
    wikidata: official.data.wikidata ?? null,
    distinctFrom: official.data.distinctFrom,
    statementIds: official.statementIds,
    lastUpdated: official.lastUpdated ?? null,
  }));
  const outlets = dataset.sources.map((source): OutletRecord => ({
    id: source.id,
    url: page(urls.source(source.id)),
    name: source.data.name,
    homepage: source.data.homepage,
    kind: source.data.kind,
    country: countryCodeOf(source.data.country) ?? null,
    countryBasis: typeof source.data.country === 'object' ? source.data.country.basis : null,
    languages: source.data.languages,
    distinctFrom: source.data.distinctFrom,
    articleIds: source.articleIds,
    ownStatementIds: source.ownStatementIds,
    lastUpdated: source.lastUpdated ?? null,
  }));
  const articles = dataset.articles.map((article): ArticleRecord => ({
    id: article.id,
    url: page(urls.article(article.id)),
    originalUrl: article.data.url,
    archiveUrl: article.data.archive ?? null,
    outletId: article.data.outlet,
    headline: article.hasHeadline ? article.data.headline : null,
    published: dateRecordOf(article.data.published),
    accessed: article.data.accessed,
    language: article.data.language,
    authors: article.data.authors ?? [],
    statementIds: article.statementIds,
    eventIds: article.eventIds,
    omits: (article.data.omits ?? []).map((omission) => ({ statementId: omission.statement, note: omission.note })),
    retracted: article.retraction !== undefined,
    corrections: correctionsOf(article.data.corrections),
  }));
  const events = dataset.events.map((event): EventRecord => ({
    id: event.id,
    url: page(urls.event(event.id)),
    title: event.data.title,
    kind: event.data.kind,
    date: dateRecordOf(event.data.date),
    place: event.data.place ?? null,
    participantIds: event.data.participants,
    descriptionHtml: event.descriptionHtml,
    accounts: event.accounts.map(({ articleId, outletId, readout }) => ({ articleId, outletId, readout })),
    statementIds: event.coverage.map((entry) => entry.statementId),
    claimIds: event.claimIds,
  }));
  // The log's own order (newest first), then by what it concerns, so equal dates keep one order.
  const corrections = dataset.corrections
    .map((correction): LoggedCorrectionRecord => ({
      date: correction.date,
      kind: correction.kind,
      by: correction.by,
      note: correction.note,
      targetKind: correction.target.kind,
      targetId: correction.target.id,
      articleId: correction.articleId ?? null,
    }))
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        compareText(a.targetKind + a.targetId + (a.articleId ?? ''), b.targetKind + b.targetId + (b.articleId ?? '')) ||
        compareText(a.note, b.note),
    );
  const asOf = [
    ...claims.map((claim) => claim.lastUpdated),
    ...statements.map((statement) => statement.lastUpdated),
    ...articles.map((article) => article.accessed),
    ...corrections.map((correction) => correction.date),
  ].reduce((latest, day) => (day > latest ? day : latest), '');
  return {
    asOf,
    claims: byId(claims),
    statements: byId(statements),
    officials: byId(officials),
    outlets: byId(outlets),
    articles: byId(articles),
    events: byId(events),
    corrections,
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
