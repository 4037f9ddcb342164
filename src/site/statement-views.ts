// What the statement components show, worked out from the dataset in one place: pure functions whose
// results are the components' props, so each component renders (and can be tested) from its props alone.
import { isDeepStrictEqual } from 'node:util';
import type { ChainLink, Dataset, Report, SaidDate, Statement, TimelineEntry } from '../pipeline/dataset.ts';
import type { KnownDate } from '../schemas/date.ts';
import type { Stance } from '../schemas/stance.ts';
import { statementRelations, type StatementForm, type StatementRelation } from '../schemas/statement.ts';
import { relationLabels } from './labels.ts';
import { speakerView, statementName } from './names.ts';
import { isRightToLeft, langAttribute } from '../lib/languages.ts';
import { describeKnownDate } from '../lib/known-date.ts';
import { truncateWords } from '../lib/text.ts';
import { urls } from './urls.ts';

/** A speaker's name, linked, with what a reader should know beside it (office, unnamed, outlet). */
export interface SpeakerLineView {
  name: string;
  href: string;
  /** Words after the name, with their punctuation: `, President of Azerbaijan` or ` (not named in the reports)`. */
  note?: string;
}

/** When a statement was made, with the outlets behind each date where reports differ. */
export type SaidView = { kind: 'agreed'; date: KnownDate } | { kind: 'differs'; accounts: { date: KnownDate; outlets: string }[] };

/** One link of a chain of reports: a name, linked when it is on this site. */
export interface ChainLinkView {
  text: string;
  href?: string;
}

/** A statement this one is tied to, as the reader sees the tie. */
export interface StatementLinkView {
  /** Which relation: a conflict (contradicts, disputes) looks unlike a repeat (same remark). */
  relation: StatementRelation;
  label: string;
  definition: string;
  href: string;
  name: string;
  note: string;
}

/** Everything a statement card shows. */
export interface StatementCardView {
  href: string;
  speaker: SpeakerLineView;
  said: SaidView;
  stances: { stance: Stance; uncertain?: string[]; claim?: { short: string; href: string } }[];
  form: StatementForm;
  /** Whose words these are among the reports: `in Tehran Times’s report, one of 2 reports`. */
  reportLabel: string;
  wording: Report;
  chain?: ChainLinkView[];
  /** What was retracted, when a report of it was. */
  retracted?: string;
  events: { title: string; href: string }[];
  links: StatementLinkView[];
  outlets: { name: string; href: string }[];
  passageHref?: string;
}

const outletName = (dataset: Dataset, id: string) => dataset.sourcesById.get(id)!.data.name;

export function speakerLineView(dataset: Dataset, statement: Statement): SpeakerLineView {
  const speaker = speakerView(dataset, statement.speaker);
  const note =
    statement.speakerRoles.length > 0
      ? `, ${statement.speakerRoles.join('; ')}`
      : statement.roleNote
        ? `, ${statement.roleNote}`
        : speaker.unnamed
          ? ' (not named in the reports)'
          : statement.speaker.kind === 'outlet'
            ? ' (the outlet, in its own voice)'
            : undefined;
  return { name: speaker.name, href: speaker.href, ...(note === undefined ? {} : { note }) };
}

export function saidView(dataset: Dataset, said: SaidDate): SaidView {
  if (said.kind === 'agreed') return said;
  return {
    kind: 'differs',
    accounts: said.accounts.map((account) => ({
      date: account.date,
      outlets: [...new Set(account.articleIds.map((id) => outletName(dataset, dataset.articlesById.get(id)!.data.outlet)))].join(', '),
    })),
  };
}

/**
 * True when two dates read the same where a list shows them without how an inferred date is known: two
 * statements dated "about 6 February 2026" from different bases are under one date.
 */
export function sameShownDate(a: SaidDate, b: SaidDate): boolean {
  if (a.kind === 'agreed' && b.kind === 'agreed') {
    const [one, other] = [describeKnownDate(a.date), describeKnownDate(b.date)];
    return one.text === other.text && one.inferred === other.inferred;
  }
  return isDeepStrictEqual(a, b);
}

/** A claim's timeline as dates, each with the statements said on it: a date is shown once, not repeated over each statement. */
export function timelineByDate(timeline: readonly TimelineEntry[]): { said: SaidDate; statementIds: string[] }[] {
  const dates: { said: SaidDate; statementIds: string[] }[] = [];
  for (const entry of timeline) {
    const last = dates.at(-1);
    if (last && sameShownDate(last.said, entry.said)) last.statementIds.push(entry.statementId);
    else dates.push({ said: entry.said, statementIds: [entry.statementId] });
  }
  return dates;
}

export function chainView(dataset: Dataset, chain: readonly ChainLink[]): ChainLinkView[] {
  return chain.map((link) => {
    if (link.kind === 'words') return { text: link.text };
    if (link.kind === 'outlet') return { text: outletName(dataset, link.id), href: urls.source(link.id) };
    return { text: dataset.officialsById.get(link.id)!.data.name, href: urls.official(link.id) };
  });
}

/** The statements it contradicts, disputes or repeats, in both directions; only those in `within` when given. */
export function statementLinksView(dataset: Dataset, statement: Statement, within?: ReadonlySet<string>): StatementLinkView[] {
  return statement.links
    .filter((link) => within === undefined || within.has(link.statementId))
    .map((link) => ({
      relation: link.relation,
      label: relationLabels[link.relation][link.direction],
      definition: statementRelations[link.relation],
      href: urls.statement(link.statementId),
      name: statementName(dataset, dataset.statementsById.get(link.statementId)!, 80),
      note: link.note,
    }));
}

export interface StatementCardOptions {
  /** Show the stance toward this claim only; without it, every claim the statement bears on is listed. */
  claimId?: string;
  /** Show this article's or outlet's report rather than the best wording (an article's or an outlet's own page). */
  reportedBy?: { articleId?: string; outletId?: string };
  /** Show only the links to these statements (a claim's timeline: pairs within the claim). */
  linksWithin?: ReadonlySet<string>;
  /** A link to the passage of the article on the same page that the statement relies on. */
  passageHref?: string | undefined;
}

export function statementCardView(dataset: Dataset, statement: Statement, options: StatementCardOptions = {}): StatementCardView {
  const { claimId, reportedBy, linksWithin, passageHref } = options;
  const own = reportedBy && statement.reports.find((report) => report.articleId === reportedBy.articleId || report.outletId === reportedBy.outletId);
  const shown = own ?? statement.shown;
  const count = statement.reports.length;
  const retracted = statement.reports.filter((report) => report.retracted);
  const retractedWords =
    retracted.length === 0
      ? undefined
      : retracted.length === count
        ? count === 1
          ? 'the only report of this'
          : 'every report of this'
        : `the report${retracted.length === 1 ? '' : 's'} of ${retracted.map((report) => outletName(dataset, report.outletId)).join(', ')}`;
  return {
    href: urls.statement(statement.id),
    speaker: speakerLineView(dataset, statement),
    said: saidView(dataset, statement.said),
    stances: statement.claims
      .filter((link) => claimId === undefined || link.claimId === claimId)
      .map((link) => ({
        stance: link.stance,
        ...(link.uncertain ? { uncertain: link.uncertain } : {}),
        ...(claimId === undefined ? { claim: { short: dataset.claimsById.get(link.claimId)!.data.short, href: urls.claim(link.claimId) } } : {}),
      })),
    form: shown.form,
    reportLabel: `${own ? 'as this outlet gives it' : `in ${outletName(dataset, shown.outletId)}’s report`}${count > 1 ? `, one of ${count} reports` : ''}`,
    wording: shown,
    ...(shown.attribution === 'according-to' ? { chain: chainView(dataset, shown.accordingTo) } : {}),
    ...(retractedWords === undefined ? {} : { retracted: retractedWords }),
    events: statement.eventIds.map((id) => ({ title: dataset.eventsById.get(id)!.data.title, href: urls.event(id) })),
    links: statementLinksView(dataset, statement, linksWithin),
    outlets: statement.outletIds.map((id) => ({ name: outletName(dataset, id), href: urls.source(id) })),
    ...(passageHref === undefined ? {} : { passageHref }),
  };
}

/** One statement as a row of a table of statements. */
export interface StatementRowView {
  href: string;
  said: SaidView;
  speaker: { name: string; href: string };
  /** The words, cut short, with their language and direction. */
  text: string;
  lang?: string;
  rtl: boolean;
  form: StatementForm;
  claims: { stance: Stance; short: string; href: string }[];
  reports: number;
  /** How many of the reports were retracted (all of them: the statement is not counted on claims). */
  retracted: number;
}

/** A statement as a row; an outlet's page shows the words of its own report. */
export function statementRowView(dataset: Dataset, statement: Statement, reportedBy?: { outletId: string }): StatementRowView {
  const shown = (reportedBy && statement.reports.find((report) => report.outletId === reportedBy.outletId)) ?? statement.shown;
  const speaker = speakerView(dataset, statement.speaker);
  const lang = langAttribute(shown.language);
  return {
    href: urls.statement(statement.id),
    said: saidView(dataset, statement.said),
    speaker: { name: speaker.name, href: speaker.href },
    text: truncateWords(shown.text, 120),
    ...(lang === undefined ? {} : { lang }),
    rtl: isRightToLeft(shown.language),
    form: shown.form,
    claims: statement.claims.map((link) => ({ stance: link.stance, short: dataset.claimsById.get(link.claimId)!.data.short, href: urls.claim(link.claimId) })),
    reports: statement.reports.length,
    retracted: statement.reports.filter((report) => report.retracted).length,
  };
}
