// What pages call things: who said something (an official, an institution, an unnamed speaker or an
// outlet), and an article, whose headline may not be recorded. Pure: each takes the dataset it reads.
import type { Article, Dataset, LoggedCorrection, SpeakerRef, Statement } from '../pipeline/dataset.ts';
import { describeKnownDate } from '../lib/known-date.ts';
import { articleTitle, stanceHeadline, statementHeadline } from './titles.ts';
import { urls } from './urls.ts';

export interface SpeakerView {
  name: string;
  href: string;
  /** What kind of speaker, in words (`person`, `institution`, `unnamed speaker`, `outlet`). */
  kindWords: string;
  /** Country code, when known. */
  country?: string;
  /** True for a speaker the reports do not name: their name is a description. */
  unnamed: boolean;
}

const officialKindWords = { person: 'person', institution: 'institution', unnamed: 'not named in the reports' } as const;

export function speakerView(dataset: Dataset, speaker: SpeakerRef): SpeakerView {
  if (speaker.kind === 'outlet') {
    const source = dataset.sourcesById.get(speaker.id)!;
    return {
      name: source.data.name,
      href: urls.source(source.id),
      kindWords: 'outlet, in its own voice',
      ...(source.countryCode ? { country: source.countryCode } : {}),
      unnamed: false,
    };
  }
  const official = dataset.officialsById.get(speaker.id)!;
  return {
    name: official.data.name,
    href: urls.official(official.id),
    kindWords: officialKindWords[official.data.kind],
    ...(official.data.country ? { country: official.data.country } : {}),
    unnamed: official.data.kind === 'unnamed',
  };
}

/** An article's headline, or `Outlet article, date (headline not recorded)`. */
export function articleName(dataset: Dataset, article: Article): string {
  return articleTitle({
    hasHeadline: article.hasHeadline,
    headline: article.data.headline,
    outlet: dataset.sourcesById.get(article.data.outlet)!.data.name,
    date: describeKnownDate(article.data.published).text,
  });
}

/** A statement in one line for titles and search results, quoting only the speaker's own words. */
export function statementName(dataset: Dataset, statement: Statement, max = 90): string {
  return statementHeadline(
    {
      speaker: speakerView(dataset, statement.speaker).name,
      outlet: dataset.sourcesById.get(statement.shown.outletId)!.data.name,
      form: statement.shown.form,
      text: statement.shown.text,
    },
    max,
  );
}

/** A statement's heading, in our words: who took which stance on which claim (`Ilham Aliyev denied that …`); it quotes no one. */
export function statementHeading(dataset: Dataset, statement: Statement): string {
  return stanceHeadline(
    speakerView(dataset, statement.speaker).name,
    statement.claims.map((link) => ({ claim: dataset.claimsById.get(link.claimId)!.data, stance: link.stance, uncertain: link.uncertain !== undefined })),
  );
}

/** An article as one account among others: `Tehran Times’s report`, or a government’s `readout`. */
export function accountName(dataset: Dataset, articleId: string): string {
  const outlet = dataset.sourcesById.get(dataset.articlesById.get(articleId)!.data.outlet)!;
  return `${outlet.data.name}’s ${outlet.data.kind === 'government' ? 'readout' : 'report'}`;
}

/** What a correction concerns, with the page it links to: as the corrections page and the corrections feed name it. */
export function correctionTarget(dataset: Dataset, correction: LoggedCorrection): { what: string; href: string; name: string } {
  const { kind, id } = correction.target;
  if (kind === 'article') return { what: 'Article', href: urls.article(id), name: articleName(dataset, dataset.articlesById.get(id)!) };
  if (kind === 'claim') return { what: 'Claim', href: urls.claim(id), name: dataset.claimsById.get(id)!.data.short };
  const article = dataset.articlesById.get(correction.articleId!)!;
  return {
    what: `Statement, as reported in ${dataset.sourcesById.get(article.data.outlet)!.data.name}`,
    href: urls.statement(id),
    name: statementName(dataset, dataset.statementsById.get(id)!, 80),
  };
}
