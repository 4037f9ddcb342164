// schema.org JSON-LD for statement and claim pages, read by fact-check tools and search engines (Google's
// ClaimReview). Pure: from the linked dataset and the site's address, every URL absolute. The record's rules
// hold here as on the page: only the speaker's own words are given as theirs (a paraphrase is the outlet's
// wording), and a date or headline the sources do not state is left out, never guessed.
import type { Article, Claim, Dataset, Source, SpeakerRef, Statement } from '../pipeline/dataset.ts';
import { firstDayOf, lastDayOf } from '../lib/dates.ts';
import type { KnownDate } from '../schemas/date.ts';
import { claimStatusRatings } from '../schemas/status.ts';
import { siteName, statusLabels } from './labels.ts';
import { claimLists } from './long-lists.ts';
import { statementHeading, statementName } from './names.ts';
import { isQuotation } from './titles.ts';
import { urls } from './urls.ts';

/**
 * At most this many reporting articles are listed as a claim's or statement's appearances: a claim in the
 * news for months has thousands, and the block stands in the page's head (some 300 bytes an article). The
 * earliest are kept, as they show where it entered the news; the page and its list pages link them all.
 */
export const appearanceLimit = 20;

/** Who said something, or who published: a person or an organisation. */
export interface AgentLd {
  '@type': 'Person' | 'Organization' | 'NewsMediaOrganization' | 'GovernmentOrganization';
  name?: string;
  description?: string;
  url?: string;
  sameAs?: string;
  publishingPrinciples?: string;
}

/** A reporting article. */
export interface ArticleLd {
  '@type': 'NewsArticle' | 'Article';
  url: string;
  headline?: string;
  datePublished?: string;
  inLanguage: string;
  publisher: AgentLd;
  archivedAt?: string;
}

export interface ClaimLd {
  '@context'?: 'https://schema.org';
  '@type': 'Claim';
  url: string;
  /** Our heading of a statement; none on a reviewed claim, where Google reads `name` as the place the claim was made. */
  name?: string;
  /** Words of the claim: the speaker's own on a statement page, our neutral proposition on a claim page. */
  text?: string;
  inLanguage?: string;
  description?: string;
  author?: AgentLd;
  datePublished?: string;
  firstAppearance?: ArticleLd;
  appearance: ArticleLd[];
}

export interface RatingLd {
  '@type': 'Rating';
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  /** The status as the site shows it: the words Google displays. */
  alternateName: string;
  ratingExplanation: string;
}

export interface ClaimReviewLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified?: string;
  author: AgentLd;
  reviewRating: RatingLd;
  itemReviewed: ClaimLd;
}

const wikidataItem = (id: string) => `https://www.wikidata.org/wiki/${id}`;

/** A date as the source states it (`2026-02-06`, `2026-02`, `2026`: ISO 8601 at its own precision); none when unknown or only inferred. */
function statedDate(known: KnownDate): string | undefined {
  return typeof known === 'string' && known !== 'unknown' ? known : undefined;
}

/** The days a date certainly falls between: a stated date's own span, an inferred date's bounds (its best guess is no bound). */
function certainSpan(known: KnownDate): { from: string | undefined; to: string | undefined } {
  if (known === 'unknown') return { from: undefined, to: undefined };
  if (typeof known === 'string') return { from: firstDayOf(known), to: lastDayOf(known) };
  return { from: known.notBefore && firstDayOf(known.notBefore), to: known.notAfter && lastDayOf(known.notAfter) };
}

/** The site, as the author of every review: its name, its address and the page that publishes its scale. */
function siteLd(site: URL): AgentLd {
  return { '@type': 'Organization', name: siteName, url: new URL(urls.home(), site).href, publishingPrinciples: new URL(urls.methodology(), site).href };
}

// A government body's site publishes readouts, not news reports; an aggregator or an outlet of unknown kind is no known newsroom.
const outletTypes = {
  'news-agency': 'NewsMediaOrganization',
  'state-media': 'NewsMediaOrganization',
  'private-outlet': 'NewsMediaOrganization',
  government: 'GovernmentOrganization',
  'aggregator-blog': 'Organization',
  unknown: 'Organization',
} as const satisfies Record<Source['data']['kind'], AgentLd['@type']>;

function outletLd(source: Source): AgentLd {
  return { '@type': outletTypes[source.data.kind], name: source.data.name, url: source.data.homepage };
}

function speakerLd(dataset: Dataset, speaker: SpeakerRef): AgentLd {
  if (speaker.kind === 'outlet') return outletLd(dataset.sourcesById.get(speaker.id)!);
  const { name, kind, wikidata } = dataset.officialsById.get(speaker.id)!.data;
  // An unnamed speaker's "name" is the reports' description of them ("a spokesman for the ministry"): given as
  // a description of a person, with no name, since a name would present it as who they are; and no sameAs,
  // which would identify them.
  if (kind === 'unnamed') return { '@type': 'Person', description: name };
  return { '@type': kind === 'person' ? 'Person' : 'Organization', name, ...(wikidata === undefined ? {} : { sameAs: wikidataItem(wikidata) }) };
}

function articleLd(dataset: Dataset, article: Article): ArticleLd {
  const outlet = dataset.sourcesById.get(article.data.outlet)!;
  const published = statedDate(article.data.published);
  return {
    '@type': outlet.data.kind === 'government' ? 'Article' : 'NewsArticle',
    url: article.data.url,
    ...(article.hasHeadline ? { headline: article.data.headline } : {}),
    ...(published === undefined ? {} : { datePublished: published }),
    inLanguage: article.data.language,
    publisher: outletLd(outlet),
    ...(article.data.archive === undefined ? {} : { archivedAt: article.data.archive }),
  };
}

/**
 * The claim's first report (as linked), when no other reporting article can be as early: every other one
 * dated, and certainly after its last possible day. An undated report, or two on the same day, leave the
 * first appearance unknown.
 */
function certainlyFirst(articles: readonly Article[], first: Article | undefined): Article | undefined {
  const lastPossible = first && certainSpan(first.data.published).to;
  if (lastPossible === undefined) return undefined;
  const later = (article: Article) => {
    const from = certainSpan(article.data.published).from;
    return from !== undefined && from > lastPossible;
  };
  return articles.every((article) => article === first || later(article)) ? first : undefined;
}

/**
 * A statement page: the statement as a Claim by its speaker. Its name is our heading (who took which stance),
 * its text the speaker's words only when a report quotes them (verbatim or in translation): a paraphrase stays
 * in the description, credited to the outlet that wrote it. Its date only when the reports agree on a stated one.
 */
export function statementStructuredData(dataset: Dataset, statement: Statement, site: URL): ClaimLd {
  const shown = statement.shown;
  const said = statement.said.kind === 'agreed' ? statedDate(statement.said.date) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url: new URL(urls.statement(statement.id), site).href,
    name: statementHeading(dataset, statement),
    ...(isQuotation(shown.form) ? { text: shown.text, inLanguage: shown.language } : {}),
    description: statementName(dataset, statement, 300),
    author: speakerLd(dataset, statement.speaker),
    ...(said === undefined ? {} : { datePublished: said }),
    appearance: statement.reports.slice(0, appearanceLimit).map((report) => articleLd(dataset, dataset.articlesById.get(report.articleId)!)),
  };
}

/**
 * A claim page: our review of the claim (its status, rated on the published scale), of the claim as a
 * proposition with where it appeared. The claim has no author here: many speakers bear on it, and who first
 * made it is not what the record says.
 */
export function claimStructuredData(dataset: Dataset, claim: Claim, site: URL): ClaimReviewLd {
  const url = new URL(urls.claim(claim.id), site).href;
  const articles = claimLists.sources.entries(dataset, claim).map((id) => dataset.articlesById.get(id)!);
  const first = certainlyFirst(articles, claim.firstReport && dataset.articlesById.get(claim.firstReport.articleId));
  const history = claim.data.statusHistory;
  const published = history[0]!.date;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim.data.short,
    datePublished: published,
    // The page as a whole is the review: it changes with a status, a correction or a newly reported statement.
    ...(claim.lastUpdated > published ? { dateModified: claim.lastUpdated } : {}),
    author: siteLd(site),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: claimStatusRatings.values[claim.status],
      bestRating: claimStatusRatings.best,
      worstRating: claimStatusRatings.worst,
      alternateName: statusLabels[claim.status],
      ratingExplanation: history.at(-1)!.reason,
    },
    itemReviewed: {
      '@type': 'Claim',
      url,
      text: claim.data.proposition,
      ...(first === undefined ? {} : { firstAppearance: articleLd(dataset, first) }),
      appearance: articles
        .filter((article) => article !== first)
        .slice(0, appearanceLimit)
        .map((article) => articleLd(dataset, article)),
    },
  };
}
