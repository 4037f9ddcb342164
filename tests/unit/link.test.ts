// The linked dataset: statements merged across articles, timelines, tallies, report moments and indexes.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, SaidDate } from '../../src/pipeline/dataset.ts';
import { buildFromFiles, loadContent } from '../../src/pipeline/index.ts';
import { isRightToLeft } from '../../src/lib/languages.ts';
import { readFixture } from '../fixture-files.ts';

const agreed = (date: string): SaidDate => ({ kind: 'agreed', date });

const projectRoot = path.resolve(import.meta.dirname, '../..');
const goodRoot = path.join(projectRoot, 'tests/fixtures/good');
const today = '2026-11-22';

const central = 'azerbaijan-lets-israel-use-its-territory-against-iran';
const caspian = 'caspian-joint-naval-exercise-is-planned';
const aliyevPledge = 'aliyev-azerbaijan-will-not-allow-any-threat-against-iran';
const warships = 'outside-warships-may-use-azerbaijans-caspian-ports';

describe('the good fixture', () => {
  let dataset: Dataset;

  beforeAll(async () => {
    const result = await loadContent({ root: goodRoot, today });
    expect(result.issues).toEqual([]);
    expect(result.fileCount).toBe(35);
    dataset = result.dataset!;
  });

  it('links every file: 9 articles, 15 statements, 5 claims, 2 events, 11 officials, 8 sources, 4 countries', () => {
    expect(dataset.articles.map((article) => article.id)).toEqual([
      // Earliest publication first (by id on the same day); the undated articles last.
      'baku-promises-no-threat-to-iran',
      'aliyev-will-not-allow-any-threat',
      'nemoudar-testov-call-readout',
      'testov-nemoudar-call',
      'azerbaijan-no-commitment-on-warships',
      'testov-no-commitment-on-warships',
      'caspian-exercise-denied',
      'baku-silent-on-warships',
      'tehran-no-evidence-against-azerbaijan',
    ]);
    expect(dataset.statements).toHaveLength(15);
    expect(dataset.claims).toHaveLength(5);
    expect(dataset.events).toHaveLength(2);
    expect(dataset.officials).toHaveLength(11);
    expect(dataset.sources).toHaveLength(8);
    expect(dataset.countries).toHaveLength(4);
    for (const [list, byId] of [
      [dataset.claims, dataset.claimsById],
      [dataset.statements, dataset.statementsById],
      [dataset.articles, dataset.articlesById],
      [dataset.officials, dataset.officialsById],
      [dataset.sources, dataset.sourcesById],
      [dataset.events, dataset.eventsById],
    ] as const) {
      expect([...byId.keys()].sort()).toEqual(list.map((entry) => entry.id).sort());
    }
  });

  it('reads articles in nested folders and keeps their path', () => {
    const article = dataset.articlesById.get('baku-promises-no-threat-to-iran')!;
    expect(article.file).toBe('content/articles/kavkaz-vestnik/2026/baku-promises-no-threat-to-iran.md');
    expect(article.data.published).toBe('2026-02');
    expect(article.data.language).toBe('ru');
  });

  it('merges two reports of one statement from two outlets', () => {
    const statement = dataset.statementsById.get(aliyevPledge)!;
    expect(statement.speaker.id).toBe('ilham-aliyev');
    expect(statement.claims).toEqual([{ claimId: central, stance: 'denies' }]);
    expect(statement.reports).toHaveLength(2);
    // Earliest article first: Kavkaz Vestnik (February 2026) before the Tehran Times (not before 6 February).
    expect(statement.reports.map((report) => [report.articleId, report.outletId, report.form, report.language])).toEqual([
      ['baku-promises-no-threat-to-iran', 'kavkaz-vestnik', 'translation', 'ru'],
      ['aliyev-will-not-allow-any-threat', 'tehran-times', 'verbatim', 'en'],
    ]);
    expect(statement.reports[0]!.text).toMatch(/^В рамках наших искренних и братских отношений/);
    expect(statement.reports[1]!.text).toMatch(/^In the framework of our sincere and brotherly relations/);
    // Both articles list it, and each outlet's page counts it once.
    expect(dataset.articlesById.get('baku-promises-no-threat-to-iran')!.statementIds).toContain(aliyevPledge);
    expect(dataset.articlesById.get('aliyev-will-not-allow-any-threat')!.statementIds).toContain(aliyevPledge);
  });

  it('keeps the language of each report: a right-to-left Persian quote and Cyrillic text', () => {
    const persian = dataset.statementsById.get('nemoudar-no-decision-on-caspian-exercise')!.reports[0]!;
    expect(persian.language).toBe('fa');
    expect(isRightToLeft(persian.language)).toBe(true);
    expect(persian.form).toBe('verbatim');
    expect(persian.text).toBe('درباره رزمایش مشترک دریایی در خزر هنوز تصمیمی گرفته نشده است.');
    expect(persian.attribution).toBe('according-to');
    expect(persian.accordingTo).toEqual([{ kind: 'words', text: 'Persian-language outlets, which the article does not name' }]);

    const russian = dataset.statementsById.get('testov-joint-caspian-naval-exercise-is-planned')!.reports[0]!;
    expect(russian.language).toBe('ru');
    expect(isRightToLeft(russian.language)).toBe(false);
    expect(russian.text).toBe('Совместные военно-морские учения на Каспии запланированы на весну');
    expect(russian.context).toEqual({ venue: 'Баку', occasion: 'Брифинг для журналистов' });
  });

  it('orders statements by when they were said, unknown dates last', () => {
    const keys = dataset.statements.map((statement) => statement.sortKey);
    expect(keys).toEqual([...keys].sort());
    expect(dataset.statements.at(0)!.id).toBe('azerbaijan-guarantees-territory-and-airspace-not-used-against-iran');
    expect(dataset.statements.slice(-3).map((statement) => statement.said)).toEqual([agreed('unknown'), agreed('unknown'), agreed('unknown')]);
  });

  it("orders a claim's timeline by date, unknown dates last, with every outlet that carried each statement", () => {
    const claim = dataset.claimsById.get(central)!;
    expect(claim.timeline.map((entry) => [entry.statementId, entry.speaker.id, entry.stance, entry.outletIds])).toEqual([
      // notBefore 2026-01 … notAfter 2026-02
      ['azerbaijan-guarantees-territory-and-airspace-not-used-against-iran', 'government-of-azerbaijan', 'denies', ['tehran-times']],
      // about 6 February 2026 (two statements on the same day: by id)
      [aliyevPledge, 'ilham-aliyev', 'denies', ['kavkaz-vestnik', 'tehran-times']],
      ['aliyev-commits-to-strengthening-iran-security', 'ilham-aliyev', 'other', ['tehran-times']],
      // date not stated
      ['iran-security-agencies-found-no-evidence-of-israel-military-ties', 'iran-security-agencies', 'no-evidence', ['lunartech-lens']],
    ]);

    const exercise = dataset.claimsById.get(caspian)!;
    expect(exercise.timeline.map((entry) => [entry.said, entry.speaker.id, entry.stance])).toEqual([
      [agreed('2026-02-10'), 'arif-testov', 'asserts'],
      [agreed('2026-03-11'), 'arif-testov', 'denies'],
      [agreed('unknown'), 'dariush-nemoudar', 'other'],
    ]);
  });

  it('tallies the statements on each claim by stance', () => {
    expect(dataset.claimsById.get(central)!.tallies).toEqual({ asserts: 0, denies: 2, 'no-evidence': 1, other: 1 });
    expect(dataset.claimsById.get(caspian)!.tallies).toEqual({ asserts: 1, denies: 1, 'no-evidence': 0, other: 1 });
    // Nasirzadeh at the reception and Nemoudar on the call.
    expect(dataset.claimsById.get('outside-powers-intervention-destabilises-the-south-caucasus')!.tallies).toEqual({
      asserts: 2,
      denies: 0,
      'no-evidence': 0,
      other: 0,
    });
  });

  it('gives each claim its current status from the last change', () => {
    const exercise = dataset.claimsById.get(caspian)!;
    expect(exercise.status).toBe('disputed');
    expect(exercise.statusSince).toBe('2026-03-12');
    expect(dataset.claimsById.get(central)!.status).toBe('denied');
  });

  it('finds the first and latest report of a claim among dated articles and counts the undated ones', () => {
    const exercise = dataset.claimsById.get(caspian)!;
    expect(exercise.firstReport).toEqual({ articleId: 'baku-promises-no-threat-to-iran', published: '2026-02' });
    expect(exercise.latestReport).toEqual({ articleId: 'caspian-exercise-denied', published: '2026-03-12' });
    expect(exercise.undatedReportCount).toBe(0);
    expect([...exercise.articleIds].sort()).toEqual(['baku-promises-no-threat-to-iran', 'caspian-exercise-denied']);
    expect(exercise.officialIds).toEqual(['arif-testov', 'dariush-nemoudar']);

    const claim = dataset.claimsById.get(central)!;
    // February 2026 can be as early as the 1st: it is the first report.
    expect(claim.firstReport?.articleId).toBe('baku-promises-no-threat-to-iran');
    expect(claim.undatedReportCount).toBe(1);
    expect([...claim.articleIds].sort()).toEqual([
      'aliyev-will-not-allow-any-threat',
      'baku-promises-no-threat-to-iran',
      'tehran-no-evidence-against-azerbaijan',
    ]);
    expect([...claim.officialIds].sort()).toEqual(['government-of-azerbaijan', 'ilham-aliyev', 'iran-security-agencies']);

    // Reported only by an undated article: no moment, one undated report.
    const undated = dataset.claimsById.get('several-countries-have-offered-to-assist-iran')!;
    expect(undated.firstReport).toBeUndefined();
    expect(undated.latestReport).toBeUndefined();
    expect(undated.undatedReportCount).toBe(1);
  });

  it('groups an official’s statements by claim and flags a claim they both asserted and denied', () => {
    const testov = dataset.officialsById.get('arif-testov')!;
    expect(testov.statementsByClaim).toEqual([
      {
        claimId: caspian,
        statementIds: ['testov-joint-caspian-naval-exercise-is-planned', 'testov-no-joint-caspian-naval-exercise-is-planned'],
        stanceOf: { 'testov-joint-caspian-naval-exercise-is-planned': 'asserts', 'testov-no-joint-caspian-naval-exercise-is-planned': 'denies' },
      },
      {
        claimId: warships,
        statementIds: [
          'testov-assures-no-outside-warships-in-azerbaijani-ports',
          'testov-discussed-caspian-security-and-navigation',
          'testov-no-commitment-on-foreign-warships',
        ],
        stanceOf: {
          'testov-assures-no-outside-warships-in-azerbaijani-ports': 'denies',
          'testov-discussed-caspian-security-and-navigation': 'other',
          'testov-no-commitment-on-foreign-warships': 'other',
        },
      },
    ]);
    expect(testov.statementCount).toBe(5);
    // Denies and "other" are not opposite stances.
    expect(testov.oppositeStanceClaimIds).toEqual([caspian]);

    const aliyev = dataset.officialsById.get('ilham-aliyev')!;
    expect(aliyev.statementsByClaim.map(({ claimId, statementIds }) => ({ claimId, statementIds }))).toEqual([
      { claimId: central, statementIds: [aliyevPledge, 'aliyev-commits-to-strengthening-iran-security'] },
    ]);
    // Denies and "other" are not opposite stances.
    expect(aliyev.oppositeStanceClaimIds).toEqual([]);

    const agencies = dataset.officialsById.get('iran-security-agencies')!;
    expect(agencies.statementsByClaim.map((group) => group.claimId)).toEqual([central, 'several-countries-have-offered-to-assist-iran']);
    expect(agencies.oppositeStanceClaimIds).toEqual([]);

    // Nemoudar took only one stance; Bayramov is named in an article but makes no statement.
    expect(dataset.officialsById.get('dariush-nemoudar')!.oppositeStanceClaimIds).toEqual([]);
    expect(dataset.officialsById.get('jeyhun-bayramov')!.statementsByClaim).toEqual([]);
  });

  it("lists each source's articles and their statements, a merged statement under both outlets", () => {
    const kavkaz = dataset.sourcesById.get('kavkaz-vestnik')!;
    expect(kavkaz.data.country).toBe('GE');
    expect(kavkaz.articleIds).toEqual(['baku-promises-no-threat-to-iran', 'testov-no-commitment-on-warships']);
    expect(kavkaz.statementIds).toEqual([aliyevPledge, 'testov-joint-caspian-naval-exercise-is-planned', 'testov-no-commitment-on-foreign-warships']);

    const tehranTimes = dataset.sourcesById.get('tehran-times')!;
    expect(tehranTimes.articleIds).toEqual(['aliyev-will-not-allow-any-threat']);
    expect(tehranTimes.statementIds).toEqual([
      aliyevPledge,
      'aliyev-commits-to-strengthening-iran-security',
      'nasirzadeh-extra-regional-players-disrupt-regional-security',
      'azerbaijan-guarantees-territory-and-airspace-not-used-against-iran',
    ]);

    const lens = dataset.sourcesById.get('lunartech-lens')!;
    expect(lens.data.country).toBeUndefined();
    expect(lens.statementIds).toHaveLength(2);
  });

  it('names countries through Intl and lists the claims, officials and sources of each, by name', () => {
    expect(dataset.countries.map((country) => [country.code, country.name])).toEqual([
      ['AZ', 'Azerbaijan'],
      ['GE', 'Georgia'],
      ['IR', 'Iran'],
      ['IL', 'Israel'],
    ]);
    const azerbaijan = dataset.countriesByCode.get('AZ')!;
    expect(azerbaijan.claimIds).toEqual([central, caspian, 'outside-powers-intervention-destabilises-the-south-caucasus', warships]);
    expect(azerbaijan.officialIds).toEqual([
      'arif-testov',
      'government-of-azerbaijan',
      'ilham-aliyev',
      'jeyhun-bayramov',
      'unnamed-azerbaijani-defence-ministry-spokesman',
      'zakir-hasanov',
    ]);
    // A government bulletin, and a wire whose country is inferred, not stated.
    expect(azerbaijan.sourceIds).toEqual(['az-mod-test-bulletin', 'caspian-wire-test']);
    // A country only a source is based in.
    expect(dataset.countriesByCode.get('GE')).toEqual({
      code: 'GE',
      name: 'Georgia',
      claimIds: [],
      officialIds: [],
      sourceIds: ['kavkaz-vestnik'],
      lastUpdated: '2026-11-22',
    });
    expect(dataset.countriesByCode.get('IR')!.sourceIds).toEqual(['iran-navy-test-bulletin', 'khabar-test-agency', 'tehran-times']);
    expect(dataset.countriesByCode.get('IL')!.officialIds).toEqual([]);
  });

  it('computes what the home page, search facets and cards show, once', () => {
    expect(dataset.years).toEqual(['2026']);
    expect(dataset.claimsById.get(warships)!.statementYears).toEqual(['2026']);
    expect(dataset.claimsById.get('several-countries-have-offered-to-assist-iran')!.statementYears).toEqual([]);
    expect(dataset.statementsById.get(aliyevPledge)!.outletIds).toEqual(['kavkaz-vestnik', 'tehran-times']);
    // Newest dated statements first; claims by their latest statement; officials by how many claims they spoke on.
    expect(dataset.highlights.latestStatementIds[0]).toBe('testov-no-joint-caspian-naval-exercise-is-planned');
    expect(dataset.highlights.latestStatementIds.every((id) => dataset.statementsById.get(id)!.earliestDay !== undefined)).toBe(true);
    expect(dataset.highlights.activeClaimIds[0]).toBe(caspian);
    expect(dataset.highlights.busiestOfficialIds[0]).toBe('arif-testov');
  });

  it('renders bodies to HTML', () => {
    const article = dataset.articlesById.get('caspian-exercise-denied')!;
    // Body paragraphs carry ids (p1, p2, …) so statements can link to the passage they rely on.
    expect(article.bodyHtml).toContain('<p id="p1">Test data: a fictional article used by the test fixtures.</p>');
    expect([...article.passageAnchors.values()].every((anchor) => article.bodyHtml.includes(`<p id="${anchor}">`))).toBe(true);
    expect(dataset.officialsById.get('arif-testov')!.descriptionHtml).toBe(
      '<p>A fictional official, test data only. He first announces and then denies the same claim.</p>',
    );
    expect(dataset.claimsById.get(caspian)!.summaryHtml).toMatch(/^<p>Test data: a fictional claim/);
  });
});

describe('report moments with inferred publication dates', () => {
  it('takes an article published "not before" a day after the last known date as the latest report', () => {
    // The Khabar article as if its date were only bounded below: it is still certainly later than February.
    const files = readFixture(goodRoot).map((entry) =>
      entry.pathInContent === 'articles/khabar-test-agency/caspian-exercise-denied.md'
        ? {
            ...entry,
            text: entry.text.replace(
              'published: 2026-03-12',
              'published:\n  notBefore: 2026-03-12\n  basis: The page gives no date; it reports a briefing "on Wednesday" after 11 March.',
            ),
          }
        : entry,
    );
    const { dataset, issues } = buildFromFiles(files, today);
    expect(issues).toEqual([]);
    const exercise = dataset!.claimsById.get(caspian)!;
    expect(exercise.firstReport?.articleId).toBe('baku-promises-no-threat-to-iran');
    expect(exercise.latestReport?.articleId).toBe('caspian-exercise-denied');
  });
});

describe('the real content', () => {
  // Checked on the real today, and only for what later articles cannot change: the seeds are in it.
  it('is valid, with the two seed articles and a denial of the central claim by Ilham Aliyev', async () => {
    const result = await loadContent({ root: projectRoot });
    expect(result.issues).toEqual([]);
    const dataset = result.dataset!;
    expect(dataset.articles.map((article) => article.id)).toEqual(
      expect.arrayContaining(['aliyev-will-not-allow-any-threat', 'tehran-no-evidence-against-azerbaijan']),
    );

    const claim = dataset.claimsById.get(central)!;
    expect(claim).toBeDefined();
    const denials = claim.timeline.filter((entry) => entry.speaker.id === 'ilham-aliyev' && entry.stance === 'denies');
    expect(denials.map((entry) => entry.statementId)).toContain(aliyevPledge);
    expect(claim.tallies.denies).toBeGreaterThanOrEqual(1);
    expect(dataset.officialsById.get('ilham-aliyev')!.statementsByClaim.map((group) => group.claimId)).toContain(central);
  });
});
