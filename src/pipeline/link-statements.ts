// Statements merged from their reports: each report keeps its own account (date, wording, form,
// language, chain of sources); the statement gets what the reports agree on, and says where they differ.
import type { ArticleData } from '../schemas/article.ts';
import type { OfficialData } from '../schemas/official.ts';
import type { StatementData } from '../schemas/statement.ts';
import { accordingToLinks, speakerTarget } from './statement-fields.ts';
import type { ChainLink, ClaimLink, Report, SpeakerRef, Statement, StatementLink } from './dataset.ts';
import { rolesAt, rolesOnRecord } from './roles.ts';
import { saidSpan, statementDate } from './said-date.ts';

/** The articles reports come from, in the order reports are listed (earliest first). */
interface ReportingArticle {
  id: string;
  data: ArticleData;
  retracted: boolean;
}

const formPriority = { verbatim: 0, translation: 1, paraphrase: 2 } as const;

export function speakerRef(speaker: StatementData['speaker']): SpeakerRef {
  const target = speakerTarget(speaker);
  return { kind: target.kind === 'source' ? 'outlet' : 'official', id: target.id };
}

function chain(accordingTo: StatementData['accordingTo']): ChainLink[] {
  return accordingToLinks(accordingTo).map((link): ChainLink => {
    if (typeof link === 'string') return { kind: 'words', text: link };
    return link.outlet !== undefined ? { kind: 'outlet', id: link.outlet } : { kind: 'official', id: link.official! };
  });
}

function reportOf(article: ReportingArticle, statement: StatementData): Report {
  return {
    articleId: article.id,
    outletId: article.data.outlet,
    published: article.data.published,
    said: statement.said,
    form: statement.form,
    text: statement.text,
    language: statement.language ?? article.data.language,
    ...(statement.original === undefined ? {} : { original: statement.original }),
    ...(statement.translation === undefined ? {} : { translation: statement.translation }),
    attribution: statement.attribution,
    accordingTo: chain(statement.accordingTo),
    ...(statement.passage === undefined ? {} : { passage: statement.passage }),
    ...(statement.context === undefined ? {} : { context: statement.context }),
    ...(statement.event === undefined ? {} : { eventId: statement.event }),
    corrections: statement.corrections ?? [],
    retracted: article.retracted,
  };
}

/** The stance toward each claim across reports (validation made them agree); uncertain only if every report says so. */
function mergedClaims(entries: readonly StatementData[]): ClaimLink[] {
  const links = new Map<string, { stance: ClaimLink['stance']; notes: string[]; certain: boolean }>();
  for (const entry of entries) {
    for (const { claim, stance, uncertain } of entry.claims) {
      const link = links.get(claim) ?? { stance, notes: [], certain: false };
      if (uncertain === undefined) link.certain = true;
      else link.notes.push(uncertain);
      links.set(claim, link);
    }
  }
  return [...links].map(([claimId, link]) => ({ claimId, stance: link.stance, ...(link.certain ? {} : { uncertain: [...new Set(link.notes)] }) }));
}

/** What to say of a person's office when no recorded role covers the statement's date. */
function roleNoteFor(roles: readonly OfficialData['roles'][number][], dated: boolean): string {
  if (roles.length === 0) return 'role at the time not recorded';
  if (!dated) return 'role at the time not known: the date is not stated';
  return `no role on record for this date (on record: ${rolesOnRecord(roles)})`;
}

/** Every statement of the articles, merged by id, with roles, dates and links to other statements. */
export function linkStatements(articles: readonly ReportingArticle[], officialsById: ReadonlyMap<string, OfficialData>): Map<string, Statement> {
  const entriesById = new Map<string, { entries: StatementData[]; reports: Report[]; lastUpdated: string }>();
  for (const article of articles) {
    for (const statement of article.data.statements) {
      const merged = entriesById.get(statement.id) ?? { entries: [], reports: [], lastUpdated: '' };
      merged.entries.push(statement);
      merged.reports.push(reportOf(article, statement));
      // A statement changes here when an article reporting it is read, or it or its article is corrected.
      for (const day of [article.data.accessed, ...(article.data.corrections ?? []), ...(statement.corrections ?? [])].map((item) =>
        typeof item === 'string' ? item : item.date,
      )) {
        if (day > merged.lastUpdated) merged.lastUpdated = day;
      }
      entriesById.set(statement.id, merged);
    }
  }

  const statements = new Map<string, Statement>();
  for (const [id, { entries, reports, lastUpdated }] of entriesById) {
    const speaker = speakerRef(entries[0]!.speaker);
    const said = statementDate(reports);
    const { earliest, latest } = saidSpan(said);
    const official = speaker.kind === 'official' ? officialsById.get(speaker.id) : undefined;
    const roles = official?.roles ?? [];
    const speakerRoles = rolesAt(roles, earliest, latest);
    const roleNote = speakerRoles.length > 0 || official?.kind !== 'person' ? undefined : roleNoteFor(roles, earliest !== undefined || latest !== undefined);
    // The speaker's own words first, then reports that are not second-hand, then ones not retracted.
    const shown = [...reports].sort(
      (a, b) =>
        formPriority[a.form] - formPriority[b.form] ||
        Number(a.retracted) - Number(b.retracted) ||
        Number(a.attribution !== 'direct') - Number(b.attribution !== 'direct'),
    )[0]!;
    statements.set(id, {
      id,
      speaker,
      said,
      ...(earliest === undefined ? {} : { earliestDay: earliest }),
      sortKey: earliest ?? latest ?? '9999-99-99',
      claims: mergedClaims(entries),
      speakerRoles,
      ...(roleNote === undefined ? {} : { roleNote }),
      reports,
      shown,
      eventIds: [...new Set(reports.flatMap((report) => (report.eventId === undefined ? [] : [report.eventId])))],
      outletIds: [...new Set(reports.map((report) => report.outletId))],
      links: [],
      omittedBy: [],
      lastUpdated,
    });
  }

  for (const article of articles) {
    for (const omission of article.data.omits ?? []) statements.get(omission.statement)?.omittedBy.push({ articleId: article.id, note: omission.note });
  }

  // Relations are declared on one side and shown on both.
  for (const [id, { entries }] of entriesById) {
    for (const related of entries.flatMap((entry) => entry.related ?? [])) {
      const declared: StatementLink = { relation: related.relation, statementId: related.statement, note: related.note, direction: 'declared' };
      const received: StatementLink = { relation: related.relation, statementId: id, note: related.note, direction: 'received' };
      const own = statements.get(id)!;
      if (!own.links.some((link) => link.statementId === declared.statementId && link.relation === declared.relation)) own.links.push(declared);
      const other = statements.get(related.statement);
      if (other && !other.links.some((link) => link.statementId === id && link.relation === related.relation)) other.links.push(received);
    }
  }
  return statements;
}
