// The Atom feeds of new and updated statements (site-wide, per claim, per official, per country) and of
// corrections. Pure: each takes the dataset and the site's address, and words every entry with the helpers
// the pages use, so a feed says nothing the pages would not (a paraphrase is never in quotation marks).
import type { Claim, Country, Dataset, LoggedCorrection, Official, Statement } from '../pipeline/dataset.ts';
import type { KnownDate } from '../schemas/date.ts';
import { latestOf } from '../lib/dates.ts';
import { describeKnownDate } from '../lib/known-date.ts';
import { isRightToLeft, langAttribute, languageName } from '../lib/languages.ts';
import { atomXml, escapeXml, type AtomEntry } from './atom.ts';
import { correctionByWords, correctionKindLabels, formLabels, siteName, stanceLabels } from './labels.ts';
import { correctionTarget, speakerView, statementHeading, statementName } from './names.ts';
import { statementCardView, type SaidView, type StatementCardView } from './statement-views.ts';
import { isQuotation } from './titles.ts';
import { urls } from './urls.ts';

/**
 * Entries in a feed: the 50 changed last. A reader polls a feed for what is new, not the archive: at 10,000
 * articles the site-wide feed would otherwise hold some 30,000 entries (megabytes fetched on every poll).
 */
export const feedEntryCap = 50;

/** A feed as a page announces it (`<link rel="alternate">`) and links it. */
export interface FeedLink {
  title: string;
  href: string;
}

/** Each feed's title and address: one definition for the pages that announce them and the feeds themselves. */
export const feedLinks = {
  statements: (): FeedLink => ({ title: `New and updated statements · ${siteName}`, href: urls.feeds.statements() }),
  claim: (claim: Claim): FeedLink => ({ title: `Statements on the claim: ${claim.data.short} · ${siteName}`, href: urls.feeds.claim(claim.id) }),
  official: (official: Official): FeedLink => ({ title: `Statements by ${official.data.name} · ${siteName}`, href: urls.feeds.official(official.id) }),
  country: (country: Country): FeedLink => ({ title: `Statements concerning ${country.name} · ${siteName}`, href: urls.feeds.country(country.code) }),
  corrections: (): FeedLink => ({ title: `Corrections, updates and retractions · ${siteName}`, href: urls.feeds.corrections() }),
};

const quotingRule =
  'Only words a report gives as the speaker’s own (verbatim or quoted in translation) stand in quotation marks; a paraphrase is the outlet’s wording.';
/** What the feed holds (a sentence), how much of it, and the rule on quotation marks. */
const statementsSubtitle = (what: string) => `${what} The ${feedEntryCap} statements changed last, newest first. ${quotingRule}`;

/** Every statement on the site. */
export function statementsFeed(dataset: Dataset, site: URL): string {
  return statementFeed(
    dataset,
    site,
    feedLinks.statements(),
    urls.statements(),
    statementsSubtitle('Every statement recorded on Claim Tracker.'),
    dataset.statements,
  );
}

/** The statements on one claim. */
export function claimFeed(dataset: Dataset, claim: Claim, site: URL): string {
  const statements = claim.timeline.map((entry) => dataset.statementsById.get(entry.statementId)!);
  return statementFeed(
    dataset,
    site,
    feedLinks.claim(claim),
    urls.claim(claim.id),
    statementsSubtitle(`Statements on the claim: ${claim.data.proposition.replace(/(?<![.?!])$/, '.')}`),
    statements,
    claim.lastUpdated,
  );
}

/** The statements one official (person, institution or unnamed speaker) made. */
export function officialFeed(dataset: Dataset, official: Official, site: URL): string {
  const statements = official.statementIds.map((id) => dataset.statementsById.get(id)!);
  const subtitle = statementsSubtitle(`Statements by ${official.data.name}.`);
  return statementFeed(dataset, site, feedLinks.official(official), urls.official(official.id), subtitle, statements, official.lastUpdated);
}

/** What the country's page lists: statements on claims concerning it, and statements by its officials and outlets. */
export function countryFeed(dataset: Dataset, country: Country, site: URL): string {
  const statements = dataset.statements.filter((statement) => concernsCountry(dataset, statement, country.code));
  const subtitle = statementsSubtitle(`Statements on claims concerning ${country.name}, and by its officials and outlets.`);
  return statementFeed(dataset, site, feedLinks.country(country), urls.country(country.code), subtitle, statements, country.lastUpdated);
}

/** Every correction, update and retraction, each linking to the page of what it concerns. */
export function correctionsFeed(dataset: Dataset, site: URL): string {
  const numbered = numberCorrections(dataset.corrections);
  // The log is newest first already: the first `feedEntryCap` are the latest.
  const entries = numbered.slice(0, feedEntryCap).map(({ correction, number }) => correctionEntry(dataset, correction, number, site));
  const link = feedLinks.corrections();
  return atomXml({
    id: absolute(link.href, site),
    title: link.title,
    subtitle: `Every correction, update and retraction recorded on Claim Tracker, the ${feedEntryCap} latest first. A correction is never silent.`,
    self: absolute(link.href, site),
    alternate: absolute(urls.corrections(), site),
    updated: entries[0]?.updated ?? contentDay(dataset),
    author: { name: siteName, uri: absolute(urls.home(), site) },
    entries,
  });
}

function statementFeed(
  dataset: Dataset,
  site: URL,
  link: FeedLink,
  page: string,
  subtitle: string,
  statements: readonly Statement[],
  /** When the feed has no entries: the day its subject last changed, if it has one. */
  emptyDay?: string,
): string {
  const latest = [...statements]
    .sort((a, b) => b.lastUpdated.localeCompare(a.lastUpdated) || b.sortKey.localeCompare(a.sortKey) || a.id.localeCompare(b.id))
    .slice(0, feedEntryCap);
  const entries = latest.map((statement) => statementEntry(dataset, statement, site));
  return atomXml({
    id: absolute(link.href, site),
    title: link.title,
    subtitle,
    self: absolute(link.href, site),
    alternate: absolute(page, site),
    // The latest entry's day; an empty feed takes a day from the content, never the build's clock, so that
    // unchanged content builds the same bytes.
    updated: entries[0]?.updated ?? emptyDay ?? contentDay(dataset),
    author: { name: siteName, uri: absolute(urls.home(), site) },
    entries,
  });
}

const entriesByDataset = new WeakMap<Dataset, Map<string, AtomEntry>>();

/**
 * A statement as a feed entry, the same in every feed that carries it. Its id is the statement page's
 * absolute address: permalinks never change (src/site/urls.ts), so the id is permanent, and a feed reader
 * shows a changed statement as updated rather than as a new one. `published` is left out: the day a
 * statement first appeared on the site is not recorded (an article may be added long after it was read).
 */
function statementEntry(dataset: Dataset, statement: Statement, site: URL): AtomEntry {
  let entries = entriesByDataset.get(dataset);
  if (!entries) entriesByDataset.set(dataset, (entries = new Map<string, AtomEntry>()));
  const key = `${site.href} ${statement.id}`;
  let entry = entries.get(key);
  if (!entry) {
    const href = absolute(urls.statement(statement.id), site);
    entry = {
      id: href,
      // The statement page's own heading: who took which stance on which claim, in our words, quoting no one.
      title: statementHeading(dataset, statement),
      updated: statement.lastUpdated,
      link: href,
      summary: statementName(dataset, statement, 280),
      contentHtml: statementHtml(statementCardView(dataset, statement), site),
    };
    entries.set(key, entry);
  }
  return entry;
}

/** What a statement card shows, as HTML for a feed reader: no stylesheet there, so quotation marks are written out. */
function statementHtml(card: StatementCardView, site: URL): string {
  const a = (href: string, text: string) => `<a href="${escapeXml(absolute(href, site))}">${escapeXml(text)}</a>`;
  const p = (html: string) => `<p>${html}</p>`;
  const paraphrase = card.form === 'paraphrase';
  const { wording } = card;
  const lines = [
    p(`${a(card.speaker.href, card.speaker.name)}${escapeXml(card.speaker.note ?? '')}`),
    p(escapeXml(saidText(card.said))),
    ...card.stances.map((link) =>
      p(
        `${escapeXml(stanceLabels[link.stance])}${link.uncertain ? escapeXml(` (uncertain: ${link.uncertain.join('; ')})`) : ''}${link.claim ? `: ${a(link.claim.href, link.claim.short)}` : ''}`,
      ),
    ),
    p(escapeXml(`${formLabels[card.form]}, ${card.reportLabel}${paraphrase ? ' (the outlet’s words, not a quotation)' : ''}:`)),
    words(wording.text, wording.language, isQuotation(wording.form)),
  ];
  // As the page's Wording component: the original words are the speaker's; a translation of a paraphrase is still a paraphrase.
  if (wording.original) {
    lines.push(p(escapeXml(`In the original (${languageName(wording.original.language)}), as the article gives it:`)));
    lines.push(words(wording.original.text, wording.original.language, true));
  }
  if (wording.translation) {
    const by = wording.translation.by === 'editors' ? 'this site’s editors' : 'the outlet';
    const from = `${languageName(wording.language)} ${paraphrase ? 'paraphrase' : 'quote'} above`;
    lines.push(p(escapeXml(`${languageName(wording.translation.language)} translation by ${by}, from the ${from}:`)));
    lines.push(words(wording.translation.text, wording.translation.language, !paraphrase));
  }
  if (card.chain) lines.push(p(`According to ${card.chain.map((link) => (link.href ? a(link.href, link.text) : escapeXml(link.text))).join(', citing ')}.`));
  if (card.retracted) lines.push(p(`<strong>Retracted:</strong> ${escapeXml(card.retracted)} (see its corrections).`));
  if (card.events.length > 0)
    lines.push(p(`At ${card.events.map((event) => a(event.href, event.title)).join(' or ')}${card.events.length > 1 ? ' (the reports differ)' : ''}.`));
  lines.push(p(`Reported by ${card.outlets.map((outlet) => a(outlet.href, outlet.name)).join(', ')}. ${a(card.href, 'Sources and details')}`));
  return lines.join('\n');
}

/** Words as given: in quotation marks only when they are the speaker's own; marked with their language and direction. */
function words(text: string, language: string, quoted: boolean): string {
  const lang = langAttribute(language);
  const attributes = `${lang ? ` lang="${escapeXml(lang)}"` : ''}${isRightToLeft(language) ? ' dir="rtl"' : ''}`;
  return quoted ? `<blockquote${attributes}><p>“${escapeXml(text)}”</p></blockquote>` : `<p${attributes}><i>${escapeXml(text)}</i></p>`;
}

/** When it was said, as the statement card says it; an unknown date is said to be unknown, an inferred one how it is known. */
function saidText(said: SaidView): string {
  if (said.kind === 'agreed') return said.date === 'unknown' ? 'Date not stated' : `Said ${knownDateText(said.date)}`;
  return `Reports differ on when it was said: ${said.accounts.map((account) => `${knownDateText(account.date)} in ${account.outlets}`).join(' · ')}`;
}

function knownDateText(date: KnownDate): string {
  const described = describeKnownDate(date);
  return described.inferred ? `${described.text} (not stated in the source: ${described.basis})` : described.text;
}

/**
 * Each correction with its number among those of the same day on the same item (1, 2, …, in the order of
 * its file, oldest first): with the item and the day, a permanent id, since a correction is only ever added.
 */
function numberCorrections(log: readonly LoggedCorrection[]): { correction: LoggedCorrection; number: number }[] {
  const seen = new Map<string, number>();
  return log.map((correction) => {
    const key = correctionKey(correction);
    const number = (seen.get(key) ?? 0) + 1;
    seen.set(key, number);
    return { correction, number };
  });
}

const correctionKey = (correction: LoggedCorrection) =>
  `${correction.target.kind} ${correction.target.id} ${correction.target.kind === 'statement' ? `${correction.articleId} ` : ''}${correction.date}`;

function correctionEntry(dataset: Dataset, correction: LoggedCorrection, number: number, site: URL): AtomEntry {
  const { what, href, name } = correctionTarget(dataset, correction);
  const page = absolute(href, site);
  // The page of what it concerns, with the day and number (and, for a statement, the report's article): permanent, as that page's address is.
  const fragment = `correction-${correction.date}-${number}${correction.target.kind === 'statement' ? `-in-${correction.articleId}` : ''}`;
  const label = correctionKindLabels[correction.kind];
  const by = correctionByWords[correction.by];
  return {
    id: `${page}#${fragment}`,
    title: `${label}: ${name}`,
    updated: correction.date,
    link: page,
    summary: `${label} ${by}: ${correction.note}`,
    contentHtml: [
      `<p>${escapeXml(`${label} ${by}, ${describeKnownDate(correction.date).text}.`)}</p>`,
      `<p>${escapeXml(what)}: <a href="${escapeXml(page)}">${escapeXml(name)}</a></p>`,
      `<p>${escapeXml(correction.note)}</p>`,
    ].join('\n'),
  };
}

/** The statements on claims concerning a country, or made by its officials or outlets. */
function concernsCountry(dataset: Dataset, statement: Statement, code: string): boolean {
  return (
    speakerView(dataset, statement.speaker).country === code ||
    statement.claims.some((link) => dataset.claimsById.get(link.claimId)!.data.countries.includes(code))
  );
}

/** The last day anything on the site changed: for a feed with no entries, a stable day from the content. */
function contentDay(dataset: Dataset): string {
  // A site with no content at all has no day of its own: the epoch, fixed, rather than the build's clock.
  return (
    latestOf([
      ...dataset.statements.map((s) => s.lastUpdated),
      ...dataset.claims.map((claim) => claim.lastUpdated),
      ...dataset.corrections.map((c) => c.date),
    ]) || '1970-01-01'
  );
}

const absolute = (path: string, site: URL) => new URL(path, site).href;

/** A feed as the route files return it; `site` is Astro's (astro.config.mjs always sets it). */
export function atomResponse(feed: (site: URL) => string, site: URL | undefined): Response {
  if (!site) throw new Error('feeds need the site’s address: set `site` in astro.config.mjs');
  return new Response(feed(site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
