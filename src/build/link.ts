import { countryName } from '../lib/countries.ts';
import { earliestDay, latestDay, sortKey } from '../lib/known-date.ts';
import { stances, type Stance } from '../schemas/stance.ts';
import type { Article, Claim, Country, Dataset, Official, ReportMoment, Source, Statement, TimelineEntry } from './dataset.ts';
import { renderMarkdown } from './render.ts';
import type { ValidContent } from './validate.ts';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
const unique = <T>(items: Iterable<T>) => [...new Set(items)];

/** Links validated content into the dataset: statements merged, timelines, tallies and indexes computed once. */
export function link(content: ValidContent): Dataset {
  const articles: Article[] = content.articles
    .map(({ id, parsed, data }) => ({
      id,
      file: parsed.file,
      data,
      bodyHtml: renderMarkdown(parsed.body),
      statementIds: unique(data.statements.map((statement) => statement.id)),
    }))
    .sort((a, b) => sortKey(a.data.published).localeCompare(sortKey(b.data.published)) || byId(a, b));

  const statementsById = new Map<string, Statement>();
  for (const article of articles) {
    for (const statement of article.data.statements) {
      const report = {
        articleId: article.id,
        outletId: article.data.outlet,
        published: article.data.published,
        form: statement.form,
        text: statement.text,
        language: statement.language ?? article.data.language,
        attribution: statement.attribution,
        ...(statement.accordingTo === undefined ? {} : { accordingTo: statement.accordingTo }),
        ...(statement.passage === undefined ? {} : { passage: statement.passage }),
        ...(statement.context === undefined ? {} : { context: statement.context }),
      };
      const existing = statementsById.get(statement.id);
      if (existing) existing.reports.push(report);
      else {
        statementsById.set(statement.id, {
          id: statement.id,
          speakerId: statement.speaker,
          said: statement.said,
          claims: statement.claims.map(({ claim, stance }) => ({ claimId: claim, stance })),
          reports: [report],
        });
      }
    }
  }
  const statements = [...statementsById.values()].sort((a, b) => sortKey(a.said).localeCompare(sortKey(b.said)) || byId(a, b));
  const articlesById = new Map(articles.map((article) => [article.id, article]));

  const claims: Claim[] = content.claims
    .map(({ id, parsed, data }) => {
      const onClaim = statements.filter((statement) => statement.claims.some((link) => link.claimId === id));
      const timeline: TimelineEntry[] = onClaim.map((statement) => ({
        statementId: statement.id,
        said: statement.said,
        speakerId: statement.speakerId,
        stance: statement.claims.find((link) => link.claimId === id)!.stance,
        outletIds: unique(statement.reports.map((report) => report.outletId)),
      }));
      const tallies = Object.fromEntries(Object.keys(stances).map((stance) => [stance, 0])) as Record<Stance, number>;
      for (const entry of timeline) tallies[entry.stance] += 1;
      const articleIds = unique(onClaim.flatMap((statement) => statement.reports.map((report) => report.articleId)));
      const reportingArticles = articleIds.map((articleId) => articlesById.get(articleId)!);
      const last = data.statusHistory.at(-1)!;
      return {
        id,
        data,
        summaryHtml: renderMarkdown(parsed.body),
        status: last.status,
        statusSince: last.date,
        timeline,
        tallies,
        ...reportMoments(reportingArticles),
        undatedReportCount: reportingArticles.filter((article) => article.data.published === 'unknown').length,
        articleIds,
        officialIds: unique(timeline.map((entry) => entry.speakerId)),
      };
    })
    .sort(byId);

  const officials: Official[] = content.officials
    .map(({ id, parsed, data }) => {
      const own = statements.filter((statement) => statement.speakerId === id);
      const claimIds = unique(own.flatMap((statement) => statement.claims.map((link) => link.claimId))).sort();
      const statementsByClaim = claimIds.map((claimId) => ({
        claimId,
        statementIds: own.filter((statement) => statement.claims.some((link) => link.claimId === claimId)).map((statement) => statement.id),
      }));
      const oppositeStanceClaimIds = claimIds.filter((claimId) => {
        const taken = new Set(own.flatMap((statement) => statement.claims.filter((link) => link.claimId === claimId).map((link) => link.stance)));
        return taken.has('asserts') && taken.has('denies');
      });
      return { id, data, descriptionHtml: renderMarkdown(parsed.body), statementsByClaim, oppositeStanceClaimIds };
    })
    .sort(byId);

  const sources: Source[] = content.sources
    .map(({ id, parsed, data }) => {
      const own = articles.filter((article) => article.data.outlet === id);
      return {
        id,
        data,
        descriptionHtml: renderMarkdown(parsed.body),
        articleIds: own.map((article) => article.id),
        statementIds: unique(own.flatMap((article) => article.statementIds)),
      };
    })
    .sort(byId);

  const countryCodes = unique([
    ...claims.flatMap((claim) => claim.data.countries),
    ...officials.map((official) => official.data.country),
    ...sources.flatMap((source) => (source.data.country === undefined ? [] : [source.data.country])),
  ]);
  const countries: Country[] = countryCodes
    .map((code) => ({
      code,
      name: countryName(code),
      claimIds: claims.filter((claim) => claim.data.countries.includes(code)).map((claim) => claim.id),
      officialIds: officials.filter((official) => official.data.country === code).map((official) => official.id),
      sourceIds: sources.filter((source) => source.data.country === code).map((source) => source.id),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  return {
    claims,
    statements,
    articles,
    officials,
    sources,
    countries,
    claimsById: new Map(claims.map((claim) => [claim.id, claim])),
    statementsById,
    articlesById,
    officialsById: new Map(officials.map((official) => [official.id, official])),
    sourcesById: new Map(sources.map((source) => [source.id, source])),
    countriesByCode: new Map(countries.map((country) => [country.code, country])),
  };
}

/** The first and latest reporting article among those that state their date. */
function reportMoments(reportingArticles: readonly Article[]): { firstReport?: ReportMoment; latestReport?: ReportMoment } {
  const dated = reportingArticles.filter((article) => article.data.published !== 'unknown');
  if (dated.length === 0) return {};
  const moment = (article: Article): ReportMoment => ({ articleId: article.id, published: article.data.published });
  const first = [...dated].sort((a, b) => sortKey(a.data.published).localeCompare(sortKey(b.data.published)))[0]!;
  // With only a lower bound, the latest a date can be is unknown: its earliest day is what we know.
  const lastKnownDay = (article: Article) => latestDay(article.data.published) ?? earliestDay(article.data.published) ?? '';
  const latest = [...dated].sort((a, b) => lastKnownDay(b).localeCompare(lastKnownDay(a)))[0]!;
  return { firstReport: moment(first), latestReport: moment(latest) };
}
