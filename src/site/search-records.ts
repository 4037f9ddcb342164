// What Pagefind records for each page: filters (facets), metadata shown with a result, and a sort key.
// Computed from the dataset in one place, so every page type is filed the same way.
import type { Article, Claim, Country, Event, Official, SaidDate, Source, Statement } from '../pipeline/dataset.ts';
import { nativeCountryName } from '../lib/countries.ts';
import { describeKnownDate, earliestDay } from '../lib/known-date.ts';
import type { KnownDate } from '../schemas/date.ts';
import { dataset } from './dataset.ts';
import { stanceLabels, typeLabels, type SearchType } from './labels.ts';
import { speakerView, statementName } from './names.ts';
import { latinSpelling } from './search-vocabulary.ts';
import { foldedVariants } from '../lib/fold.ts';
import { facetNames, type FacetName } from './facets.ts';

export { facetNames, type FacetName, typeLabels, type SearchType };

export interface SearchRecord {
  type: SearchType;
  filters: Partial<Record<FacetName, string[]>>;
  /** Shown with the result: a title when the heading is not one, the date as the page states it, and who said or published it. */
  meta: { title?: string; date?: string; byline?: string };
  /** `yyyy-MM-dd` for sorting by date; undated pages sort as `0000-00-00`, last when newest come first. */
  sortDate: string;
  /** Other names the page should be found by (aliases, native-language country names). */
  alsoKnownAs: string[];
  /** The page's words in other spellings: Arabic-script words folded, names in other alphabets in Latin letters. */
  otherSpellings: string[];
}

/** Adds the other spellings of a record's names and of the words on its page (see src/lib/fold.ts). */
function spelled(record: Omit<SearchRecord, 'otherSpellings'>, pageTexts: readonly string[]): SearchRecord {
  const names = record.alsoKnownAs;
  const latin = names.flatMap((name) => latinSpelling(name) ?? []);
  return { ...record, otherSpellings: uniq([...foldedVariants([...pageTexts, ...names]), ...latin].filter((spelling) => !names.includes(spelling))) };
}

const countryName = (code: string) => dataset.countriesByCode.get(code)?.name ?? code;
const officialName = (id: string) => dataset.officialsById.get(id)!.data.name;
const known = (values: (string | undefined)[]) => values.filter((value): value is string => value !== undefined);
const outletName = (id: string) => dataset.sourcesById.get(id)!.data.name;
const yearOf = (day: string | undefined) => (day === undefined ? [] : [day.slice(0, 4)]);
/** A date for a result line, as honest as on the page: inferred dates say so. */
const dateForResult = (date: KnownDate) => {
  const described = describeKnownDate(date);
  return described.inferred ? `${described.text} (inferred)` : described.text;
};
/** A facet's values, left out when there are none (the page is not filed under that facet at all). */
const some = (facet: FacetName, values: string[]) => (values.length === 0 ? {} : { [facet]: values });
const uniq = (values: string[]) => [...new Set(values.filter((value) => value !== ''))];
/** A statement's date for a result line; where reports disagree, the result says so. */
const saidForResult = (said: SaidDate) =>
  said.kind === 'agreed'
    ? dateForResult(said.date)
    : `on dates the reports give differently (${said.accounts.map((account) => dateForResult(account.date)).join('; ')})`;

/** A country's own name for itself, when it differs from the English one. */
function countryAliases(code: string): string[] {
  const native = nativeCountryName(code);
  return native === undefined || native === countryName(code) ? [] : [native];
}

export const claimRecord = once(makeClaimRecord);

function makeClaimRecord(claim: Claim): SearchRecord {
  return spelled(
    {
      type: 'claim',
      filters: {
        country: claim.data.countries.map(countryName),
        ...some('speakerCountry', uniq(known(claim.timeline.map((entry) => speakerView(dataset, entry.speaker).country)).map(countryName))),
        official: uniq(claim.officialIds.map(officialName)),
        outlet: uniq(claim.timeline.flatMap((entry) => entry.outletIds.map(outletName))),
        year: claim.statementYears,
      },
      meta: { ...(claim.latestSaid ? { date: `latest statement ${saidForResult(claim.latestSaid)}` } : {}) },
      sortDate: claim.latestStatementDay ?? '0000-00-00',
      alsoKnownAs: claim.data.countries.flatMap(countryAliases),
    },
    [claim.data.proposition, claim.data.short],
  );
}

export const statementRecord = once(makeStatementRecord);

function makeStatementRecord(statement: Statement): SearchRecord {
  const speaker = speakerView(dataset, statement.speaker);
  const aliases = statement.speaker.kind === 'official' ? dataset.officialsById.get(statement.speaker.id)!.data.aliases : [];
  const claimCountries = uniq(statement.claims.flatMap((link) => dataset.claimsById.get(link.claimId)!.data.countries));
  const countries = uniq(known([speaker.country, ...claimCountries]));
  const day = statement.earliestDay;
  return spelled(
    {
      type: 'statement',
      filters: {
        ...some('country', claimCountries.map(countryName)),
        ...(speaker.country ? { speakerCountry: [countryName(speaker.country)] } : {}),
        ...(statement.speaker.kind === 'official' ? { official: [speaker.name] } : {}),
        stance: uniq(statement.claims.map((link) => stanceLabels[link.stance])),
        outlet: uniq(statement.reports.map((report) => outletName(report.outletId))),
        year: yearOf(day),
      },
      meta: {
        title: statementName(dataset, statement),
        date:
          statement.said.kind === 'agreed' && statement.said.date === 'unknown' ? 'when it was said is not stated' : `said ${saidForResult(statement.said)}`,
        byline: speaker.name,
      },
      sortDate: day ?? '0000-00-00',
      alsoKnownAs: [...aliases, ...countries.flatMap(countryAliases)],
    },
    statement.reports.flatMap((report) => [report.text, report.original?.text ?? '', report.translation?.text ?? '', report.passage ?? '']),
  );
}

export const articleRecord = once(makeArticleRecord);

function makeArticleRecord(article: Article): SearchRecord {
  const outlet = dataset.sourcesById.get(article.data.outlet)!;
  const day = earliestDay(article.data.published);
  const articleStatements = article.statementIds.map((id) => dataset.statementsById.get(id)!);
  const speakers = uniq(
    article.statementIds.flatMap((id) => {
      const { speaker } = dataset.statementsById.get(id)!;
      return speaker.kind === 'official' ? [officialName(speaker.id)] : [];
    }),
  );
  return spelled(
    {
      type: 'article',
      filters: {
        ...some(
          'country',
          uniq(articleStatements.flatMap((statement) => statement.claims.flatMap((link) => dataset.claimsById.get(link.claimId)!.data.countries))).map(
            countryName,
          ),
        ),
        ...some('speakerCountry', uniq(known(articleStatements.map((statement) => speakerView(dataset, statement.speaker).country))).map(countryName)),
        official: speakers,
        outlet: [outlet.data.name],
        year: yearOf(day),
      },
      meta: { date: `published ${dateForResult(article.data.published)}`, byline: outlet.data.name },
      sortDate: day ?? '0000-00-00',
      alsoKnownAs: [],
    },
    [article.data.headline, article.bodyHtml.replace(/<[^>]+>/g, ' ')],
  );
}

export const eventRecord = once(makeEventRecord);

function makeEventRecord(event: Event): SearchRecord {
  const day = earliestDay(event.data.date);
  const participants = event.data.participants.map((id) => dataset.officialsById.get(id)!);
  return spelled(
    {
      type: 'event',
      filters: {
        ...some('country', uniq(event.claimIds.flatMap((id) => dataset.claimsById.get(id)!.data.countries)).map(countryName)),
        ...some('speakerCountry', uniq(known(participants.map((official) => official.data.country)).map(countryName))),
        official: participants.map((official) => official.data.name),
        outlet: uniq(event.accounts.map((account) => outletName(account.outletId))),
        year: yearOf(day),
      },
      meta: { date: dateForResult(event.data.date) },
      sortDate: day ?? '0000-00-00',
      alsoKnownAs: participants.flatMap((official) => official.data.aliases),
    },
    [event.data.title],
  );
}

export const officialRecord = once(makeOfficialRecord);

function makeOfficialRecord(official: Official): SearchRecord {
  return spelled(
    {
      type: 'official',
      filters: {
        ...(official.data.country ? { country: [countryName(official.data.country)], speakerCountry: [countryName(official.data.country)] } : {}),
        official: [official.data.name],
      },
      meta: { ...(official.data.roles[0] ? { byline: official.data.roles[0].title } : {}) },
      sortDate: official.lastUpdated ?? '0000-00-00',
      alsoKnownAs: [
        ...official.data.aliases,
        ...official.data.roles.map((role) => role.title),
        ...(official.data.country ? countryAliases(official.data.country) : []),
      ],
    },
    [official.data.name],
  );
}

export const sourceRecord = once(makeSourceRecord);

function makeSourceRecord(source: Source): SearchRecord {
  return spelled(
    {
      type: 'source',
      filters: { ...(source.countryCode ? { country: [countryName(source.countryCode)] } : {}), outlet: [source.data.name] },
      meta: {},
      sortDate: source.lastUpdated ?? '0000-00-00',
      alsoKnownAs: [],
    },
    [source.data.name],
  );
}

export const countryRecord = once(makeCountryRecord);

function makeCountryRecord(country: Country): SearchRecord {
  return spelled(
    {
      type: 'country',
      filters: { country: [country.name] },
      meta: {},
      sortDate: country.lastUpdated ?? '0000-00-00',
      alsoKnownAs: countryAliases(country.code),
    },
    [country.name],
  );
}

/** URL value → filed value for every facet, embedded in the search page so its URLs use codes and ids. */
export function facetLabels(): Record<FacetName, Record<string, string>> {
  return {
    type: { ...typeLabels },
    country: Object.fromEntries(dataset.countries.map((country) => [country.code, country.name])),
    speakerCountry: Object.fromEntries(dataset.countries.map((country) => [country.code, country.name])),
    official: Object.fromEntries(dataset.officials.map((official) => [official.id, official.data.name])),
    stance: { ...stanceLabels },
    outlet: Object.fromEntries(dataset.sources.map((source) => [source.id, source.data.name])),
    year: Object.fromEntries(dataset.years.map((year) => [year, year])),
  };
}

/** Every facet value a page is filed under for Pagefind, its type included: the page's filters and the build's counts both read this. */
export function filedUnder(record: SearchRecord): Partial<Record<FacetName, string[]>> {
  return { type: [typeLabels[record.type]], ...record.filters };
}

/** Each page's record, made once: the pages and the browse counts below ask for the same ones. */
function once<T extends object>(record: (entity: T) => SearchRecord): (entity: T) => SearchRecord {
  const made = new WeakMap<T, SearchRecord>();
  return (entity) => {
    let kept = made.get(entity);
    if (kept === undefined) made.set(entity, (kept = record(entity)));
    return kept;
  };
}

/** The record of every page Pagefind indexes: one per claim, statement, article, event, official, outlet and country. */
export function everySearchRecord(): SearchRecord[] {
  return [
    ...dataset.claims.map(claimRecord),
    ...dataset.statements.map(statementRecord),
    ...dataset.articles.map(articleRecord),
    ...dataset.events.map(eventRecord),
    ...dataset.officials.map(officialRecord),
    ...dataset.sources.map(sourceRecord),
    ...dataset.countries.map(countryRecord),
  ];
}

/**
 * For each facet, every value with the number of pages filed under it, as Pagefind counts them with no
 * search. Written at build time (/search-data/facets.json), so that the search page shows its filters
 * before any search without loading Pagefind's filter files (at 5,000 articles 276 KB, more than the
 * rest of a first search).
 */
export function facetCounts(records: readonly SearchRecord[]): Record<FacetName, Record<string, number>> {
  const counts = Object.fromEntries(facetNames.map((facet) => [facet, {}])) as Record<FacetName, Record<string, number>>;
  for (const record of records) {
    const filed = filedUnder(record);
    for (const facet of facetNames) for (const value of new Set(filed[facet] ?? [])) counts[facet][value] = (counts[facet][value] ?? 0) + 1;
  }
  return counts;
}
