// schema.org JSON-LD of statement and claim pages, from the good fixture: a paraphrase is never given as
// the speaker's words, unknown dates and headlines stay out, Wikidata ids become sameAs, and every claim's
// ClaimReview has what Google's fact-check documentation requires, rated on the published scale.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Dataset, Statement } from '../../src/pipeline/dataset.ts';
import { buildFromFiles, loadContent } from '../../src/pipeline/index.ts';
import { claimStatusRatings, claimStatuses, type ClaimStatus } from '../../src/schemas/status.ts';
import { statusLabels } from '../../src/site/labels.ts';
import { statementHeading } from '../../src/site/names.ts';
import { siteName } from '../../src/site/labels.ts';
import { appearanceLimit, claimStructuredData, statementStructuredData, type ArticleLd } from '../../src/site/structured-data.ts';
import { urls } from '../../src/site/urls.ts';
import { readFixture } from '../fixture-files.ts';
import { jsonStrings } from '../site/json-ld.ts';
import { misquotes, paraphrasedWords } from '../site/misquotes.ts';

const goodRoot = path.resolve(import.meta.dirname, '../fixtures/good');
const today = '2026-11-22';
const site = new URL('https://claim-tracker.example');

let dataset: Dataset;

beforeAll(async () => {
  const result = await loadContent({ root: goodRoot, today });
  expect(result.issues).toEqual([]);
  dataset = result.dataset!;
});

const statement = (id: string): Statement => dataset.statementsById.get(id)!;
const claim = (id: string): Claim => dataset.claimsById.get(id)!;
const appearances = (id: string): ArticleLd[] => statementStructuredData(dataset, statement(id), site).appearance;

describe('a statement page', () => {
  it('never gives a paraphrase as the speaker’s words: no text, and its wording only credited to the outlet', () => {
    const paraphrases = paraphrasedWords(dataset);
    expect(paraphrases.length).toBeGreaterThan(5);
    for (const each of dataset.statements) {
      const data = statementStructuredData(dataset, each, site);
      expect(data.name, each.id).toBe(statementHeading(dataset, each));
      if (data.text !== undefined) {
        // Text is the speaker's own, as a report quotes it (verbatim, or quoted in translation).
        expect(['verbatim', 'translation'], each.id).toContain(each.shown.form);
        expect(paraphrases, each.id).not.toContain(data.text);
      }
      expect(misquotes(paraphrases, jsonStrings(data, each.id)), each.id).toEqual([]);
      for (const text of [data.name, data.text ?? '']) for (const paraphrase of paraphrases) expect(text, each.id).not.toContain(paraphrase);
    }
    const paraphrased = statementStructuredData(dataset, statement('testov-no-joint-caspian-naval-exercise-is-planned'), site);
    expect(paraphrased.text).toBeUndefined();
    expect(paraphrased.name).toBe('Arif Testov denied that Iran and Azerbaijan plan a joint Caspian naval exercise');
    expect(paraphrased.description).toMatch(/^Arif Testov, as paraphrased by Khabar Test Agency: Arif Testov said that no joint/);
    const quoted = statementStructuredData(dataset, statement('unnamed-spokesman-no-commitment-on-foreign-warships'), site);
    expect(quoted.text).toMatch(/^Azerbaijan has made no commitment/);
    expect(quoted.inLanguage).toBe('en');
  });

  it('gives the date said only when the reports agree on a stated one: none unknown, inferred or differing', () => {
    const kinds = { stated: 0, unknown: 0, inferred: 0, differs: 0 };
    for (const each of dataset.statements) {
      const { datePublished } = statementStructuredData(dataset, each, site);
      if (each.said.kind === 'differs') {
        kinds.differs += 1;
        expect(datePublished, each.id).toBeUndefined();
      } else if (each.said.date === 'unknown') {
        kinds.unknown += 1;
        expect(datePublished, each.id).toBeUndefined();
      } else if (typeof each.said.date === 'object') {
        kinds.inferred += 1;
        expect(datePublished, each.id).toBeUndefined();
      } else {
        kinds.stated += 1;
        expect(datePublished, each.id).toBe(each.said.date);
      }
    }
    expect(
      Object.values(kinds).every((count) => count > 0),
      JSON.stringify(kinds),
    ).toBe(true);
  });

  it('lists each reporting article with its publisher, and no headline or date the copy does not show', () => {
    for (const each of dataset.statements) {
      const listed = appearances(each.id);
      expect(listed.map((article) => article.url)).toEqual(each.reports.map((report) => dataset.articlesById.get(report.articleId)!.data.url));
      for (const article of listed) {
        expect(article.publisher.name).toBeTruthy();
        expect(() => new URL(article.publisher.url!)).not.toThrow();
      }
    }
    // Wire copy without a headline (`headline: unknown`), published on a stated day.
    const [wire] = appearances('unnamed-spokesman-no-commitment-on-foreign-warships');
    expect(wire).toEqual({
      '@type': 'NewsArticle',
      url: dataset.articlesById.get('azerbaijan-no-commitment-on-warships')!.data.url,
      datePublished: '2026-03-03',
      inLanguage: 'en',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Caspian Wire (test)', url: 'https://caspian-wire.example.net/' },
    });
    expect(JSON.stringify(dataset.statements.map((each) => appearances(each.id)))).not.toMatch(/"headline":"unknown"/i);
    // Published `unknown`, and published on an inferred date (not before 6 February): no datePublished.
    expect(appearances('iran-security-agencies-found-no-evidence-of-israel-military-ties')[0]!.datePublished).toBeUndefined();
    const tehranTimes = dataset.articlesById.get('aliyev-will-not-allow-any-threat')!;
    const inferred = appearances('aliyev-azerbaijan-will-not-allow-any-threat-against-iran').find((article) => article.url === tehranTimes.data.url);
    expect(inferred).toMatchObject({ headline: tehranTimes.data.headline });
    expect(inferred!.datePublished).toBeUndefined();
  });

  it('names the speaker as a person or an organisation, an unnamed one by description only, with Wikidata as sameAs', () => {
    const author = (id: string, data = dataset) => statementStructuredData(data, data.statementsById.get(id)!, site).author;
    expect(author('testov-no-joint-caspian-naval-exercise-is-planned')).toEqual({ '@type': 'Person', name: 'Arif Testov' });
    expect(author('azerbaijan-guarantees-territory-and-airspace-not-used-against-iran')).toEqual({ '@type': 'Organization', name: 'Government of Azerbaijan' });
    expect(author('unnamed-spokesman-no-commitment-on-foreign-warships')).toEqual({
      '@type': 'Person',
      description: 'A spokesman for Azerbaijan’s Ministry of Defence',
    });
    expect(author('test-lens-blog-baku-leaves-door-open')).toEqual({ '@type': 'Organization', name: 'Test Lens Blog', url: 'https://test-lens.example.com/' });

    const files = readFixture(goodRoot).map((file) =>
      file.pathInContent === 'officials/ilham-aliyev.md' ? { ...file, text: file.text.replace('kind: person\n', 'kind: person\nwikidata: Q1234\n') } : file,
    );
    const withWikidata = buildFromFiles(files, today).dataset!;
    expect(author('aliyev-azerbaijan-will-not-allow-any-threat-against-iran', withWikidata)).toEqual({
      '@type': 'Person',
      name: 'Ilham Aliyev',
      sameAs: 'https://www.wikidata.org/wiki/Q1234',
    });
  });
});

describe('a claim page', () => {
  it('has a ClaimReview with what Google requires, rated on the published scale, by the site', () => {
    expect(dataset.claims.length).toBeGreaterThan(3);
    for (const each of dataset.claims) {
      const review = claimStructuredData(dataset, each, site);
      const page = new URL(urls.claim(each.id), site).href;
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe(each.data.short);
      expect(review.claimReviewed.length).toBeLessThan(75);
      expect(review.url).toBe(page);
      expect(review.author).toEqual({
        '@type': 'Organization',
        name: siteName,
        url: 'https://claim-tracker.example/',
        publishingPrinciples: expect.any(String),
      });
      expect(review.datePublished).toBe(each.data.statusHistory[0]!.date);
      const rating = review.reviewRating;
      expect(rating.alternateName).toBe(statusLabels[each.status]);
      expect(rating.ratingValue).toBe(claimStatusRatings.values[each.status]);
      expect(rating.worstRating).toBeGreaterThanOrEqual(1);
      expect(rating.worstRating).toBeLessThan(rating.bestRating);
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
      expect(review.itemReviewed).toMatchObject({ '@type': 'Claim', url: page, text: each.data.proposition });
      // Google reads a reviewed claim's name as where it was made; the claim has no one author.
      expect(review.itemReviewed.name).toBeUndefined();
      expect(review.itemReviewed.author).toBeUndefined();
    }
    const changed = claimStructuredData(dataset, claim('caspian-joint-naval-exercise-is-planned'), site);
    // Modified when the page last changed: a status, a correction or a newly read report.
    const exercise = claim('caspian-joint-naval-exercise-is-planned');
    expect(exercise.lastUpdated > '2026-03-12').toBe(true);
    expect(changed).toMatchObject({
      datePublished: '2026-02-12',
      dateModified: exercise.lastUpdated,
      reviewRating: { alternateName: 'Disputed', ratingValue: 3 },
    });
  });

  it('orders every status on one scale from False (worst) to Confirmed (best)', () => {
    const statuses = Object.keys(claimStatuses) as ClaimStatus[];
    for (const status of statuses) {
      expect(claimStatusRatings.values[status]).toBeGreaterThanOrEqual(claimStatusRatings.worst);
      expect(claimStatusRatings.values[status]).toBeLessThanOrEqual(claimStatusRatings.best);
    }
    expect(claimStatusRatings.values.false).toBe(claimStatusRatings.worst);
    expect(claimStatusRatings.values.confirmed).toBe(claimStatusRatings.best);
    const { values } = claimStatusRatings;
    // A denial by a party concerned is no evidence the claim is false: Denied shares the middle with the statuses that settle nothing.
    expect(values.denied).toBe(values.unsubstantiated);
    expect(values.false < values.denied && values.disputed < values.corroborated && values.corroborated < values.confirmed).toBe(true);
  });

  it('gives a first appearance only when no other report can be as early, and lists the rest, capped', () => {
    // An undated report could be earlier: no first appearance; every report an appearance.
    const undated = claimStructuredData(dataset, claim('azerbaijan-lets-israel-use-its-territory-against-iran'), site).itemReviewed;
    expect(claim('azerbaijan-lets-israel-use-its-territory-against-iran').undatedReportCount).toBeGreaterThan(0);
    expect(undated.firstAppearance).toBeUndefined();
    expect(undated.appearance).toHaveLength(3);
    // The first report's date is only bounded below (not before 6 February): it may not be the first.
    expect(
      claimStructuredData(dataset, claim('outside-powers-intervention-destabilises-the-south-caucasus'), site).itemReviewed.firstAppearance,
    ).toBeUndefined();
    // February 2026, then 12 March: certainly first; not listed again among the appearances.
    const dated = claimStructuredData(dataset, claim('caspian-joint-naval-exercise-is-planned'), site).itemReviewed;
    const first = dataset.articlesById.get('baku-promises-no-threat-to-iran')!;
    expect(dated.firstAppearance).toMatchObject({ url: first.data.url, headline: first.data.headline, datePublished: '2026-02' });
    expect(dated.appearance.map((article) => article.url)).not.toContain(first.data.url);
    expect(dated.appearance).toHaveLength(1);

    const crowded = claim('outside-warships-may-use-azerbaijans-caspian-ports');
    const many = claimStructuredData(dataset, { ...crowded, articleIds: Array.from({ length: 10 }, () => crowded.articleIds).flat() }, site);
    expect(many.itemReviewed.appearance).toHaveLength(appearanceLimit);
  });
});
