import { countryName } from '../lib/countries.ts';
import { latestOf as latest } from '../lib/dates.ts';
import { earliestDay, latestDay, sortKey } from '../lib/known-date.ts';
import { unknownHeadline } from '../schemas/article.ts';
import { countryCodeOf } from '../schemas/source.ts';
import { stances, type Stance } from '../schemas/stance.ts';
import type { Article, Claim, Country, Dataset, Event, LoggedCorrection, Official, ReportMoment, Source, Statement, TimelineEntry } from './dataset.ts';
import { linkEvents } from './link-events.ts';
import { linkStatements } from './link-statements.ts';
import { anchorPassages } from './passages.ts';
import { htmlWhenRead, renderMarkdown } from './render.ts';
import type { ValidContent } from './content-views.ts';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
const unique = <T>(items: Iterable<T>) => [...new Set(items)];

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
  const articles: Article[] = content.articles
    .map(({ id, parsed, data }): Article => {
      // Rendered when a page first asks: validation alone never needs the HTML.
      let anchored: ReturnType<typeof anchorPassages> | undefined;
      let html: string | undefined;
      const anchoredBody = () => (anchored ??= anchorPassages(parsed.body, data.statements));
      const retraction = (data.corrections ?? []).findLast((correction) => correction.kind === 'retraction');
      return {
        id,
        file: parsed.file,
        data,
        hasHeadline: data.headline !== unknownHeadline,
        get bodyHtml() {
          return (html ??= renderMarkdown(anchoredBody().body));
        },
        statementIds: unique(data.statements.map((s) => s.id)),
        get passageAnchors() {
          return anchoredBody().anchors;
        },
        eventIds: unique([...(data.events ?? []), ...data.statements.flatMap((s) => (s.event === undefined ? [] : [s.event]))]),
        ...(retraction === undefined ? {} : { retraction }),
      };
    })
    .sort((a, b) => sortKey(a.data.published).localeCompare(sortKey(b.data.published)) || byId(a, b));
  const articlesById = new Map(articles.map((article) => [article.id, article]));

  const statementsById = linkStatements(
    articles.map((article) => ({ id: article.id, data: article.data, retracted: article.retraction !== undefined })),
    new Map(content.officials.map((official) => [official.id, official.data])),
  );
  const statements = [...statementsById.values()].sort((a, b) => a.sortKey.localeCompare(b.sortKey) || byId(a, b));
  const statementsByClaim = groupBy(statements, (statement) => statement.claims.map((link) => link.claimId));
  const statementsBySpeaker = groupBy(statements, (statement) => (statement.speaker.kind === 'official' ? [statement.speaker.id] : []));

  const claims: Claim[] = content.claims
    .map(({ id, parsed, data }) => {
      const onClaim = statementsByClaim.get(id) ?? [];
      const timeline: TimelineEntry[] = onClaim.map((statement) => ({
        statementId: statement.id,
        said: statement.said,
        speaker: statement.speaker,
        speakerRoles: statement.speakerRoles,
        stance: statement.claims.find((link) => link.claimId === id)!.stance,
        outletIds: statement.outletIds,
      }));
      const tallies = Object.fromEntries(Object.keys(stances).map((stance) => [stance, 0])) as Record<Stance, number>;
      const onlyRetracted = new Set(onClaim.filter((statement) => statement.reports.every((report) => report.retracted)).map((statement) => statement.id));
      for (const entry of timeline) if (!onlyRetracted.has(entry.statementId)) tallies[entry.stance] += 1;
      const articleIds = unique(onClaim.flatMap((statement) => statement.reports.map((report) => report.articleId)));
      const reportingArticles = articleIds.map((articleId) => articlesById.get(articleId)!);
      const last = data.statusHistory.at(-1)!;
      const latestStatementDay = latest(onClaim.flatMap((statement) => statement.earliestDay ?? []));
      const latestSaid = onClaim.find((statement) => statement.earliestDay === latestStatementDay)?.said;
      const onClaimIds = new Set(onClaim.map((statement) => statement.id));
      const summaryHtml = htmlWhenRead(parsed);
      return {
        id,
        data,
        get summaryHtml() {
          return summaryHtml();
        },
        status: last.status,
        statusSince: last.date,
        timeline,
        tallies,
        statementYears: unique(onClaim.flatMap((statement) => (statement.earliestDay === undefined ? [] : [statement.earliestDay.slice(0, 4)]))).sort(),
        retractedStatementCount: onlyRetracted.size,
        ...reportMoments(reportingArticles),
        undatedReportCount: reportingArticles.filter((article) => article.data.published === 'unknown').length,
        articleIds,
        outletIds: unique(reportingArticles.map((article) => article.data.outlet)),
        officialIds: unique(timeline.flatMap((entry) => (entry.speaker.kind === 'official' ? [entry.speaker.id] : []))),
        eventIds: unique(onClaim.flatMap((statement) => statement.eventIds)).sort(),
        statementPairs: onClaim.flatMap((statement) =>
          statement.links
            .filter((pair) => pair.direction === 'declared' && onClaimIds.has(pair.statementId))
            .map((pair) => ({ from: statement.id, to: pair.statementId, relation: pair.relation, note: pair.note })),
        ),
        omissions: onClaim.flatMap((statement) => statement.omittedBy.map((omission) => ({ statementId: statement.id, ...omission }))),
        lastUpdated: latest([
          last.date,
          ...(data.corrections ?? []).map((correction) => correction.date),
          ...reportingArticles.map((article) => article.data.accessed),
        ]),
        ...(latestStatementDay === '' || latestSaid === undefined ? {} : { latestStatementDay, latestSaid }),
      };
    })
    .sort(byId);

  const sourceKinds = new Map(content.sources.map((source) => [source.id, { data: source.data }]));
  const events: Event[] = linkEvents(content.events, articles, statementsById, sourceKinds).sort(
    (a, b) => sortKey(a.data.date).localeCompare(sortKey(b.data.date)) || byId(a, b),
  );
  const eventsByParticipant = groupBy(events, (event) => event.data.participants);

  // Who relays whom: each outlet or official named in a chain, with the reports that name it.
  const relays = new Map<string, { statementId: string; articleId: string }[]>();
  for (const statement of statements) {
    for (const report of statement.reports) {
      for (const chainLink of report.accordingTo) {
        if (chainLink.kind === 'words') continue;
        const key = `${chainLink.kind}:${chainLink.id}`;
        const list = relays.get(key) ?? [];
        if (!list.some((entry) => entry.statementId === statement.id && entry.articleId === report.articleId))
          list.push({ statementId: statement.id, articleId: report.articleId });
        relays.set(key, list);
      }
    }
  }
  const relayed = (kind: 'outlet' | 'official', id: string) => relays.get(`${kind}:${id}`) ?? [];
  const ownStatementsByOutlet = groupBy(statements, (statement) => (statement.speaker.kind === 'outlet' ? [statement.speaker.id] : []));

  /** Each entry's declared namesakes, whichever of the two files declares them. */
  const namesakes = (entries: readonly { id: string; data: { distinctFrom: string[] } }[]) => {
    const pairs = entries.flatMap(({ id, data }) => data.distinctFrom.flatMap((other) => [[id, other] as const, [other, id] as const]));
    const byId = groupBy(pairs, ([from]) => [from]);
    return (id: string) => unique((byId.get(id) ?? []).map(([, to]) => to)).sort();
  };
  const officialNamesakes = namesakes(content.officials);
  const sourceNamesakes = namesakes(content.sources);
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
      const descriptionHtml = htmlWhenRead(parsed);
      return {
        id,
        data,
        get descriptionHtml() {
          return descriptionHtml();
        },
        statementsByClaim: claimIds.map((claimId) => {
          const onClaim = ownByClaim.get(claimId)!;
          const stanceOf = Object.fromEntries(onClaim.map((statement) => [statement.id, statement.claims.find((link) => link.claimId === claimId)!.stance]));
          return { claimId, statementIds: onClaim.map((statement) => statement.id), stanceOf };
        }),
        statementCount: own.length,
        statementIds: own.map((statement) => statement.id),
        oppositeStanceClaimIds,
        eventIds: unique([...(eventsByParticipant.get(id) ?? []).map((event) => event.id), ...own.flatMap((statement) => statement.eventIds)]),
        relayed: relayed('official', id),
        ...(lastUpdated === '' ? {} : { lastUpdated }),
        namesakeIds: officialNamesakes(id),
      };
    })
    .sort(byId);

  const articlesByOutlet = groupBy(articles, (article) => [article.data.outlet]);
  const sources: Source[] = content.sources
    .map(({ id, parsed, data }) => {
      const own = articlesByOutlet.get(id) ?? [];
      const lastUpdated = latest(own.map((article) => article.data.accessed));
      const countryCode = countryCodeOf(data.country);
      const statementIds = unique(own.flatMap((article) => article.statementIds));
      const ownStatementIds = (ownStatementsByOutlet.get(id) ?? []).map((statement) => statement.id);
      const descriptionHtml = htmlWhenRead(parsed);
      return {
        id,
        data,
        ...(countryCode === undefined ? {} : { countryCode }),
        ...(typeof data.country === 'object'
          ? { countryBasis: { basis: data.country.basis, ...(data.country.basisUrl ? { basisUrl: data.country.basisUrl } : {}) } }
          : {}),
        get descriptionHtml() {
          return descriptionHtml();
        },
        articleIds: own.map((article) => article.id),
        statementIds,
        ownStatementIds,
        carriedStatementIds: statementIds.filter((statementId) => !ownStatementIds.includes(statementId)),
        relayedBy: relayed('outlet', id),
        ...(lastUpdated === '' ? {} : { lastUpdated }),
        namesakeIds: sourceNamesakes(id),
      };
    })
    .sort(byId);

  const claimsByCountry = groupBy(claims, (claim) => claim.data.countries);
  const officialsByCountry = groupBy(officials, (official) => (official.data.country === undefined ? [] : [official.data.country]));
  const sourcesByCountry = groupBy(sources, (source) => (source.countryCode === undefined ? [] : [source.countryCode]));
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
    events,
    countries,
    corrections: correctionsLog(content, statements),
    highlights: {
      latestStatementIds: [...statements]
        .reverse()
        .filter((statement) => statement.earliestDay !== undefined)
        .slice(0, 6)
        .map((statement) => statement.id),
      activeClaimIds: [...claims]
        .sort((a, b) => (b.latestStatementDay ?? '').localeCompare(a.latestStatementDay ?? '') || b.timeline.length - a.timeline.length)
        .slice(0, 8)
        .map((claim) => claim.id),
      busiestOfficialIds: officials
        .filter((official) => official.statementsByClaim.length > 0)
        .sort((a, b) => b.statementsByClaim.length - a.statementsByClaim.length || a.data.name.localeCompare(b.data.name))
        .slice(0, 12)
        .map((official) => official.id),
    },
    years: unique([
      ...statements.flatMap((statement) => (statement.earliestDay === undefined ? [] : [statement.earliestDay.slice(0, 4)])),
      ...articles.flatMap((article) => earliestDay(article.data.published)?.slice(0, 4) ?? []),
    ]).sort(),
    claimsById: new Map(claims.map((claim) => [claim.id, claim])),
    statementsById,
    articlesById,
    officialsById: new Map(officials.map((official) => [official.id, official])),
    sourcesById: new Map(sources.map((source) => [source.id, source])),
    eventsById: new Map(events.map((event) => [event.id, event])),
    countriesByCode: new Map(countries.map((country) => [country.code, country])),
  };
}

/** Every correction, update and retraction, newest first; on one day, in the order of what they concern. */
function correctionsLog(content: ValidContent, statements: readonly Statement[]): LoggedCorrection[] {
  const log: LoggedCorrection[] = [
    ...content.articles.flatMap(({ id, data }) =>
      (data.corrections ?? []).map((correction) => ({ ...correction, target: { kind: 'article' as const, id }, articleId: id })),
    ),
    ...content.claims.flatMap(({ id, data }) => (data.corrections ?? []).map((correction) => ({ ...correction, target: { kind: 'claim' as const, id } }))),
    ...statements.flatMap((statement) =>
      statement.reports.flatMap((report) =>
        report.corrections.map((correction) => ({ ...correction, target: { kind: 'statement' as const, id: statement.id }, articleId: report.articleId })),
      ),
    ),
  ];
  return log.sort((a, b) => b.date.localeCompare(a.date) || a.target.kind.localeCompare(b.target.kind) || a.target.id.localeCompare(b.target.id));
}

/** The first and latest reporting article among those that state their date. */
function reportMoments(reportingArticles: readonly Article[]): { firstReport?: ReportMoment; latestReport?: ReportMoment } {
  const dated = reportingArticles.filter((article) => article.data.published !== 'unknown');
  if (dated.length === 0) return {};
  const moment = (article: Article): ReportMoment => ({ articleId: article.id, published: article.data.published });
  // With only a lower bound, the latest a date can be is unknown: its earliest day is what we know.
  const lastKnownDay = (article: Article) => latestDay(article.data.published) ?? earliestDay(article.data.published) ?? '';
  // One pass each (a claim can have thousands of reports); among equals, the first listed.
  let first = dated[0]!;
  let firstKey = sortKey(first.data.published);
  let latestArticle = first;
  let latestKey = lastKnownDay(first);
  for (const article of dated) {
    const key = sortKey(article.data.published);
    if (key < firstKey) [first, firstKey] = [article, key];
    const day = lastKnownDay(article);
    if (day > latestKey) [latestArticle, latestKey] = [article, day];
  }
  return { firstReport: moment(first), latestReport: moment(latestArticle) };
}
