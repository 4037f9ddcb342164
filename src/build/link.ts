import { countryName } from '../lib/countries.ts';
import { earliestDay, latestDay, sortKey } from '../lib/known-date.ts';
import { stances, type Stance } from '../schemas/stance.ts';
import type { Article, Claim, Country, Dataset, Official, Report, ReportMoment, Source, Statement, TimelineEntry } from './dataset.ts';
import { anchorPassages } from './passages.ts';
import { renderMarkdown } from './render.ts';
import { rolesAt } from './roles.ts';
import type { ValidContent } from './validate.ts';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
const unique = <T>(items: Iterable<T>) => [...new Set(items)];
const latest = (days: Iterable<string>) => [...days].reduce((a, b) => (a > b ? a : b), '');

/** Groups items under every key a function gives for them. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of unique(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** Links validated content into the dataset: statements merged, timelines, tallies and indexes computed once. */
export function link(content: ValidContent): Dataset {
  const rolesByOfficial = new Map(content.officials.map((official) => [official.id, official.data.roles]));

  const articles: Article[] = content.articles
    .map(({ id, parsed, data }) => {
      const { body, anchors } = anchorPassages(parsed.body, data.statements);
      return { id, file: parsed.file, data, bodyHtml: renderMarkdown(body), statementIds: unique(data.statements.map((s) => s.id)), passageAnchors: anchors };
    })
    .sort((a, b) => sortKey(a.data.published).localeCompare(sortKey(b.data.published)) || byId(a, b));
  const articlesById = new Map(articles.map((article) => [article.id, article]));

  const statementsById = new Map<string, Statement>();
  for (const article of articles) {
    for (const statement of article.data.statements) {
      const report: Report = {
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
      if (existing) {
        existing.reports.push(report);
        existing.lastUpdated = latest([existing.lastUpdated, article.data.accessed]);
      } else {
        statementsById.set(statement.id, {
          id: statement.id,
          speakerId: statement.speaker,
          said: statement.said,
          claims: statement.claims.map(({ claim, stance }) => ({ claimId: claim, stance })),
          speakerRoles: rolesAt(rolesByOfficial.get(statement.speaker) ?? [], statement.said),
          reports: [report],
          shown: report,
          lastUpdated: article.data.accessed,
        });
      }
    }
  }
  const formPriority = { verbatim: 0, translation: 1, paraphrase: 2 } as const;
  for (const statement of statementsById.values()) {
    statement.shown = [...statement.reports].sort((a, b) => formPriority[a.form] - formPriority[b.form])[0]!;
  }
  const statements = [...statementsById.values()].sort((a, b) => sortKey(a.said).localeCompare(sortKey(b.said)) || byId(a, b));
  const statementsByClaim = groupBy(statements, (statement) => statement.claims.map((link) => link.claimId));
  const statementsBySpeaker = groupBy(statements, (statement) => [statement.speakerId]);

  const claims: Claim[] = content.claims
    .map(({ id, parsed, data }) => {
      const onClaim = statementsByClaim.get(id) ?? [];
      const timeline: TimelineEntry[] = onClaim.map((statement) => ({
        statementId: statement.id,
        said: statement.said,
        speakerId: statement.speakerId,
        speakerRoles: statement.speakerRoles,
        stance: statement.claims.find((link) => link.claimId === id)!.stance,
        outletIds: unique(statement.reports.map((report) => report.outletId)),
      }));
      const tallies = Object.fromEntries(Object.keys(stances).map((stance) => [stance, 0])) as Record<Stance, number>;
      for (const entry of timeline) tallies[entry.stance] += 1;
      const articleIds = unique(onClaim.flatMap((statement) => statement.reports.map((report) => report.articleId)));
      const reportingArticles = articleIds.map((articleId) => articlesById.get(articleId)!);
      const last = data.statusHistory.at(-1)!;
      const latestStatementDay = latest(onClaim.flatMap((statement) => earliestDay(statement.said) ?? []));
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
        lastUpdated: latest([last.date, ...reportingArticles.map((article) => article.data.accessed)]),
        ...(latestStatementDay === '' ? {} : { latestStatementDay }),
      };
    })
    .sort(byId);

  const officials: Official[] = content.officials
    .map(({ id, parsed, data }) => {
      const own = statementsBySpeaker.get(id) ?? [];
      const ownByClaim = groupBy(own, (statement) => statement.claims.map((link) => link.claimId));
      const claimIds = [...ownByClaim.keys()].sort();
      const oppositeStanceClaimIds = claimIds.filter((claimId) => {
        const taken = new Set(ownByClaim.get(claimId)!.map((statement) => statement.claims.find((link) => link.claimId === claimId)!.stance));
        return taken.has('asserts') && taken.has('denies');
      });
      const lastUpdated = latest(own.map((statement) => statement.lastUpdated));
      return {
        id,
        data,
        descriptionHtml: renderMarkdown(parsed.body),
        statementsByClaim: claimIds.map((claimId) => ({ claimId, statementIds: ownByClaim.get(claimId)!.map((statement) => statement.id) })),
        oppositeStanceClaimIds,
        ...(lastUpdated === '' ? {} : { lastUpdated }),
      };
    })
    .sort(byId);

  const articlesByOutlet = groupBy(articles, (article) => [article.data.outlet]);
  const sources: Source[] = content.sources
    .map(({ id, parsed, data }) => {
      const own = articlesByOutlet.get(id) ?? [];
      const lastUpdated = latest(own.map((article) => article.data.accessed));
      return {
        id,
        data,
        descriptionHtml: renderMarkdown(parsed.body),
        articleIds: own.map((article) => article.id),
        statementIds: unique(own.flatMap((article) => article.statementIds)),
        ...(lastUpdated === '' ? {} : { lastUpdated }),
      };
    })
    .sort(byId);

  const claimsByCountry = groupBy(claims, (claim) => claim.data.countries);
  const officialsByCountry = groupBy(officials, (official) => [official.data.country]);
  const sourcesByCountry = groupBy(sources, (source) => (source.data.country === undefined ? [] : [source.data.country]));
  const countries: Country[] = unique([...claimsByCountry.keys(), ...officialsByCountry.keys(), ...sourcesByCountry.keys()])
    .map((code) => {
      const countryClaims = claimsByCountry.get(code) ?? [];
      const countryOfficials = officialsByCountry.get(code) ?? [];
      const countrySources = sourcesByCountry.get(code) ?? [];
      const lastUpdated = latest([...countryClaims, ...countryOfficials, ...countrySources].flatMap((entry) => (entry.lastUpdated ? [entry.lastUpdated] : [])));
      return {
        code,
        name: countryName(code),
        claimIds: countryClaims.map((claim) => claim.id),
        officialIds: countryOfficials.map((official) => official.id),
        sourceIds: countrySources.map((source) => source.id),
        ...(lastUpdated === '' ? {} : { lastUpdated }),
      };
    })
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
  const latestArticle = [...dated].sort((a, b) => lastKnownDay(b).localeCompare(lastKnownDay(a)))[0]!;
  return { firstReport: moment(first), latestReport: moment(latestArticle) };
}
