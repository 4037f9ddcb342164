// Real reporting on the good fixture: reports that disagree, events with accounts side by side,
// relations between statements, unnamed and outlet speakers, chains of sources, translations,
// corrections and retractions, and roles over time. Plus the pure rules behind them.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { buildFromFiles, loadContent } from '../../src/pipeline/index.ts';
import { rolesAt, roleSpan } from '../../src/pipeline/roles.ts';
import { statementDate } from '../../src/pipeline/said-date.ts';
import { articleTitle, claimClause, stanceHeadline, statementHeadline } from '../../src/site/titles.ts';
import { claimChart } from '../../src/site/charts.ts';
import { readFixture } from '../fixture-files.ts';

const goodRoot = path.resolve(import.meta.dirname, '../fixtures/good');
const minimalRoot = path.resolve(import.meta.dirname, '../fixtures/minimal');

const assurance = 'testov-assures-no-outside-warships-in-azerbaijani-ports';
const unnamedDenial = 'unnamed-spokesman-no-commitment-on-foreign-warships';
const namedDenial = 'testov-no-commitment-on-foreign-warships';
const call = 'testov-nemoudar-call';
const warships = 'outside-warships-may-use-azerbaijans-caspian-ports';

let dataset: Dataset;
beforeAll(async () => {
  const result = await loadContent({ root: goodRoot, today: '2026-11-22' });
  expect(result.issues).toEqual([]);
  dataset = result.dataset!;
});

describe('reports that disagree', () => {
  it('keep each report’s own date, and the statement says the reports differ rather than picking one', () => {
    const statement = dataset.statementsById.get(assurance)!;
    expect(statement.reports.map((report) => [report.outletId, report.said])).toEqual([
      ['iran-navy-test-bulletin', '2026-03-02'],
      ['caspian-wire-test', '2026-03-03'],
      ['test-lens-blog', 'unknown'],
    ]);
    // The undated blog does not disagree with anyone: only the two dates in conflict are listed.
    expect(statement.said).toEqual({
      kind: 'differs',
      accounts: [
        { date: '2026-03-02', articleIds: ['nemoudar-testov-call-readout'] },
        { date: '2026-03-03', articleIds: ['azerbaijan-no-commitment-on-warships'] },
      ],
    });
    expect(statement.earliestDay).toBe('2026-03-02');
  });

  it('agree when the most precise date is allowed by every other, a stated date preferred to an inferred one', () => {
    const report = (articleId: string, said: Parameters<typeof statementDate>[0][number]['said']) => ({ articleId, said });
    expect(statementDate([report('a', '2025-06'), report('b', '2025-06-13'), report('c', 'unknown')])).toEqual({ kind: 'agreed', date: '2025-06-13' });
    expect(statementDate([report('a', { date: '2025-06-13', basis: 'x' }), report('b', '2025-06-13')])).toEqual({ kind: 'agreed', date: '2025-06-13' });
    expect(statementDate([report('a', { notBefore: '2025-06', basis: 'x' }), report('b', '2025-07-01')])).toEqual({ kind: 'agreed', date: '2025-07-01' });
    expect(statementDate([report('a', '2025-06-13'), report('b', { date: '2025-06-14', basis: 'x' })]).kind).toBe('differs');
    expect(statementDate([report('a', '2025-06'), report('b', '2025-07-02')]).kind).toBe('differs');
  });

  it('keep each report’s own wording, form and chain of sources', () => {
    const [readout, wire, blog] = dataset.statementsById.get(assurance)!.reports;
    expect([readout!.form, readout!.attribution, readout!.accordingTo]).toEqual(['paraphrase', 'direct', []]);
    expect(wire!.accordingTo).toEqual([{ kind: 'outlet', id: 'iran-navy-test-bulletin' }]);
    expect(blog!.accordingTo).toEqual([
      { kind: 'outlet', id: 'caspian-wire-test' },
      { kind: 'outlet', id: 'iran-navy-test-bulletin' },
    ]);
    expect(new Set([readout!.text, wire!.text, blog!.text]).size).toBe(3);
  });

  it('show each outlet where others relayed its reports', () => {
    expect(dataset.sourcesById.get('iran-navy-test-bulletin')!.relayedBy).toEqual([
      { statementId: assurance, articleId: 'azerbaijan-no-commitment-on-warships' },
      { statementId: assurance, articleId: 'baku-silent-on-warships' },
    ]);
    expect(dataset.sourcesById.get('caspian-wire-test')!.relayedBy).toEqual([{ statementId: assurance, articleId: 'baku-silent-on-warships' }]);
  });
});

describe('an event with two readouts', () => {
  it('sets every account side by side: what each reports, what one leaves out, what is not recorded', () => {
    const event = dataset.eventsById.get(call)!;
    expect(event.accounts).toEqual([
      { articleId: 'nemoudar-testov-call-readout', outletId: 'iran-navy-test-bulletin', readout: true },
      { articleId: 'testov-nemoudar-call', outletId: 'az-mod-test-bulletin', readout: true },
      { articleId: 'azerbaijan-no-commitment-on-warships', outletId: 'caspian-wire-test', readout: false },
    ]);
    const row = event.coverage.find((entry) => entry.statementId === assurance)!;
    expect(row.byAccount.map((cell) => cell.kind)).toEqual(['reported', 'omitted', 'reported']);
    // The wire dates the call a day late: its cell says so.
    expect(row.byAccount.map((cell) => (cell.kind === 'reported' ? cell.datedAsEvent : undefined))).toEqual([true, undefined, false]);
    expect(row.byAccount[1]).toEqual({ kind: 'omitted', note: expect.stringContaining('says nothing of warships of other countries') });
    const azerbaijaniWords = event.coverage.find((entry) => entry.statementId === 'testov-discussed-caspian-security-and-navigation')!;
    expect(azerbaijaniWords.byAccount.map((cell) => cell.kind)).toEqual(['not-recorded', 'reported', 'not-recorded']);
    expect(event.claimIds).toEqual(['outside-powers-intervention-destabilises-the-south-caucasus', warships]);
  });

  it('tells the statement and its claim which account leaves it out', () => {
    expect(dataset.statementsById.get(assurance)!.omittedBy).toEqual([
      { articleId: 'testov-nemoudar-call', note: expect.stringContaining('says nothing of warships') },
    ]);
    expect(dataset.claimsById.get(warships)!.omissions).toEqual([{ statementId: assurance, articleId: 'testov-nemoudar-call', note: expect.any(String) }]);
  });

  it('is linked from its statements, claims, officials and articles', () => {
    expect(dataset.statementsById.get(assurance)!.eventIds).toEqual([call]);
    expect(dataset.claimsById.get(warships)!.eventIds).toEqual([call]);
    expect(dataset.officialsById.get('dariush-nemoudar')!.eventIds).toEqual([call]);
    // An account that reports none of the event's statements on this claim is still an account.
    expect(dataset.articlesById.get('testov-nemoudar-call')!.eventIds).toEqual([call]);
    expect(dataset.eventsById.get('aliyev-receives-irans-defence-minister-nasirzadeh')!.coverage).toHaveLength(3);
  });
});

describe('an account without a statement on a tracked claim', () => {
  it('is accepted when it names its event, and counted as an account of it', () => {
    const files = [
      ...readFixture(minimalRoot),
      {
        file: 'content/events/a-call.md',
        pathInContent: 'events/a-call.md',
        text: '---\ntitle: A call\nkind: call\ndate: 2026-02-06\nparticipants: [ilham-aliyev]\n---\n',
      },
      {
        file: 'content/articles/tehran-times/a-readout.md',
        pathInContent: 'articles/tehran-times/a-readout.md',
        text: '---\nheadline: unknown\nurl: https://www.tehrantimes.com/readout\noutlet: tehran-times\npublished: 2026-02-06\naccessed: 2026-11-22\nlanguage: en\nevents: [a-call]\nstatements: []\n---\nTest data.\n',
      },
    ];
    const { dataset: built, issues } = buildFromFiles(files, '2026-11-22');
    expect(issues).toEqual([]);
    expect(built!.articlesById.get('a-readout')!.statementIds).toEqual([]);

    // A remark made at the event that bears on no tracked claim is kept for the event's accounts.
    const withRemark = files.map((file) =>
      file.pathInContent === 'articles/tehran-times/a-readout.md'
        ? {
            ...file,
            text: file.text.replace(
              'statements: []',
              'statements:\n  - id: aliyev-for-peace\n    speaker: ilham-aliyev\n    said: 2026-02-06\n    event: a-call\n    claims: []\n    form: paraphrase\n    text: Aliyev spoke of peace.\n    attribution: direct',
            ),
          }
        : file,
    );
    const remark = buildFromFiles(withRemark, '2026-11-22');
    expect(remark.issues).toEqual([]);
    expect(remark.dataset!.statementsById.get('aliyev-for-peace')!.claims).toEqual([]);
    expect(remark.dataset!.eventsById.get('a-call')!.coverage.map((row) => row.statementId)).toEqual(['aliyev-for-peace']);
    expect(built!.eventsById.get('a-call')!.accounts.map((account) => account.articleId)).toEqual(['a-readout']);
  });
});

describe('relations between statements', () => {
  it('are shown from both sides, and as pairs on the claim', () => {
    expect(dataset.statementsById.get(unnamedDenial)!.links).toEqual([
      { relation: 'contradicts', statementId: assurance, note: expect.any(String), direction: 'declared' },
      { relation: 'same-remark', statementId: namedDenial, note: expect.any(String), direction: 'received' },
    ]);
    expect(dataset.statementsById.get(assurance)!.links).toEqual([
      { relation: 'contradicts', statementId: unnamedDenial, note: expect.any(String), direction: 'received' },
    ]);
    expect(dataset.claimsById.get(warships)!.statementPairs.map((pair) => [pair.from, pair.relation, pair.to])).toEqual([
      [namedDenial, 'same-remark', unnamedDenial],
      [unnamedDenial, 'contradicts', assurance],
    ]);
  });
});

describe('unknowns without fakes', () => {
  it('records an unnamed speaker in words, an outlet speaking for itself, and a headline not recorded', () => {
    const unnamed = dataset.statementsById.get(unnamedDenial)!;
    expect(unnamed.speaker).toEqual({ kind: 'official', id: 'unnamed-azerbaijani-defence-ministry-spokesman' });
    expect(dataset.officialsById.get(unnamed.speaker.id)!.data.kind).toBe('unnamed');
    expect(dataset.sourcesById.get('test-lens-blog')!.ownStatementIds).toEqual(['test-lens-blog-baku-leaves-door-open']);
    expect(dataset.statementsById.get('test-lens-blog-baku-leaves-door-open')!.speaker).toEqual({ kind: 'outlet', id: 'test-lens-blog' });
    expect(dataset.articlesById.get('azerbaijan-no-commitment-on-warships')!.hasHeadline).toBe(false);
    expect(dataset.articlesById.get('nemoudar-testov-call-readout')!.hasHeadline).toBe(true);
  });

  it('gives an inferred country with its basis, and no country when none is known', () => {
    const wire = dataset.sourcesById.get('caspian-wire-test')!;
    expect(wire.countryCode).toBe('AZ');
    expect(wire.countryBasis).toEqual({ basis: expect.stringContaining('address in Baku'), basisUrl: 'https://caspian-wire.example.net/contact' });
    expect(dataset.sourcesById.get('test-lens-blog')!.countryCode).toBeUndefined();
    expect(dataset.sourcesById.get('tehran-times')!.countryBasis).toBeUndefined();
  });

  it('marks a stance uncertain only when every report that gives it says so', () => {
    expect(dataset.statementsById.get('test-lens-blog-baku-leaves-door-open')!.claims).toEqual([
      { claimId: warships, stance: 'asserts', uncertain: ['Our copy is an excerpt that stops before the post’s conclusion.'.replace('’', "'")] },
    ]);
    expect(dataset.statementsById.get(assurance)!.claims).toEqual([{ claimId: warships, stance: 'denies' }]);
  });
});

describe('original words and translations', () => {
  it('keeps the words as the article gives them, the original beside them, and who translated', () => {
    const [report] = dataset.statementsById.get(namedDenial)!.reports;
    expect(report!.language).toBe('ru');
    expect(report!.original).toEqual({ text: 'Azərbaycan xarici hərbi gəmilərlə bağlı heç bir öhdəlik götürməyib', language: 'az' });
    expect(report!.translation).toEqual({ text: 'Azerbaijan has made no commitment regarding foreign warships', language: 'en', by: 'editors' });
  });
});

describe('corrections and retractions', () => {
  it('logs every one, newest first, with what it concerns', () => {
    expect(dataset.corrections.map((entry) => [entry.date, entry.kind, entry.by, entry.target.kind, entry.target.id])).toEqual([
      ['2026-03-20', 'retraction', 'outlet', 'article', 'baku-silent-on-warships'],
      ['2026-03-16', 'update', 'editors', 'claim', warships],
      ['2026-03-15', 'correction', 'editors', 'statement', assurance],
      ['2026-03-05', 'correction', 'outlet', 'article', 'azerbaijan-no-commitment-on-warships'],
    ]);
  });

  it('keeps a retracted article, and its statements say so', () => {
    expect(dataset.articlesById.get('baku-silent-on-warships')!.retraction?.date).toBe('2026-03-20');
    expect(dataset.statementsById.get('test-lens-blog-baku-leaves-door-open')!.reports.map((report) => report.retracted)).toEqual([true]);
    expect(dataset.statementsById.get(assurance)!.reports.map((report) => report.retracted)).toEqual([false, false, true]);
  });

  it('counts a correction as a change to what the page shows', () => {
    // Our correction of 15 March, then the retraction of the blog post that also reported it.
    expect(dataset.statementsById.get(assurance)!.lastUpdated).toBe('2026-03-20');
    expect(dataset.statementsById.get(unnamedDenial)!.lastUpdated).toBe('2026-03-05');
    expect(dataset.claimsById.get(warships)!.lastUpdated).toBe('2026-03-16');
    // An event's page shows the statements made at it: the retraction of a report of one changes it too
    // (its accounts were all read by 4 March).
    const event = dataset.eventsById.get(call)!;
    expect(
      event.accounts
        .map((account) => dataset.articlesById.get(account.articleId)!.data.accessed)
        .sort()
        .at(-1)! < '2026-03-20',
    ).toBe(true);
    expect(event.lastUpdated).toBe('2026-03-20');
  });
});

describe('roles over time', () => {
  const president = { title: 'President', attested: ['2025-06', '2026-02'] };
  it('cover the time between two attestations, and from a start until now', () => {
    expect(roleSpan(president)).toEqual({ start: '2025-06-01', end: '2026-02-28' });
    expect(rolesAt([president], '2025-10-10', '2025-10-10')).toEqual(['President']);
    expect(rolesAt([{ title: 'Spokesperson', from: '2025-09' }], '2026-11-01', '2026-11-01')).toEqual(['Spokesperson']);
    expect(rolesAt([president], '2025-05-31', '2025-05-31')).toEqual([]);
  });

  it('say plainly when a statement falls outside every known period, or has no date', () => {
    // Testov holds his role from 2025-09: the fixture's statements of 2026 are inside it.
    expect(dataset.statementsById.get(namedDenial)!.speakerRoles).toEqual(['Spokesperson of the Ministry of Defence of Azerbaijan']);
    expect(dataset.statementsById.get(namedDenial)!.roleNote).toBeUndefined();
    expect(dataset.statementsById.get('nemoudar-no-decision-on-caspian-exercise')!.roleNote).toBe('role at the time not known: the date is not stated');

    // Aliyev is shown as president in February 2026 only: a statement of June 2025 is outside that.
    const files = readFixture(minimalRoot).map((file) => ({ ...file, text: file.text.replace('said: 2026-02-06', 'said: 2025-06-13') }));
    const { dataset: early } = buildFromFiles(files, '2026-11-22');
    const statement = early!.statements[0]!;
    expect(statement.speakerRoles).toEqual([]);
    expect(statement.roleNote).toBe('no role on record for this date (on record: President of Azerbaijan (shown in February 2026))');
  });
});

describe('titles never put a paraphrase in quotation marks', () => {
  it('quotes verbatim words and quoted translations, and gives a paraphrase as reported speech', () => {
    const words = { speaker: 'Ilham Aliyev', outlet: 'Tehran Times' };
    expect(statementHeadline({ ...words, form: 'verbatim', text: 'Azerbaijan will not allow any threat' })).toBe(
      'Ilham Aliyev: “Azerbaijan will not allow any threat”',
    );
    expect(statementHeadline({ ...words, form: 'translation', text: 'Азербайджан не допустит' })).toBe(
      'Ilham Aliyev, in translation: “Азербайджан не допустит”',
    );
    const paraphrase = statementHeadline({
      ...words,
      form: 'paraphrase',
      text: 'Aliyev expressed his administration’s commitment to strengthening Iran’s security.',
    });
    expect(paraphrase).toBe('Ilham Aliyev, as paraphrased by Tehran Times: Aliyev expressed his administration’s commitment to strengthening Iran’s security.');
    expect(paraphrase).not.toMatch(/[“”"«»]/);
  });

  it('names an article without a headline by its outlet and date, never a made-up headline', () => {
    expect(articleTitle({ hasHeadline: false, headline: 'unknown', outlet: 'Caspian Wire', date: '3 March 2026' })).toBe(
      'Caspian Wire article, 3 March 2026 (headline not recorded)',
    );
  });
});

describe('a statement’s heading says who took which stance on which claim, in our words', () => {
  const territory = {
    short: 'Azerbaijan lets Israel use its territory against Iran',
    proposition: 'Azerbaijan allows Israel to use its territory against Iran.',
  };
  const warships = { short: 'Outside warships may use Azerbaijan’s Caspian ports', proposition: 'Azerbaijan will let outside warships use its Caspian ports.' };

  it('builds the heading from the stance and the claim, never with quotation marks', () => {
    expect(stanceHeadline('Ilham Aliyev', [{ claim: territory, stance: 'denies', uncertain: false }])).toBe(
      'Ilham Aliyev denied that Azerbaijan lets Israel use its territory against Iran',
    );
    expect(stanceHeadline('Kamran Sharifi', [{ claim: territory, stance: 'no-evidence', uncertain: false }])).toBe(
      'Kamran Sharifi said they had seen no evidence that Azerbaijan lets Israel use its territory against Iran',
    );
    expect(stanceHeadline('Tehran Times', [{ claim: warships, stance: 'other', uncertain: false }])).toBe(
      'Tehran Times on whether outside warships may use Azerbaijan’s Caspian ports',
    );
    const two = stanceHeadline('Olga Testova', [
      { claim: territory, stance: 'asserts', uncertain: false },
      { claim: warships, stance: 'denies', uncertain: false },
    ]);
    expect(two).toBe('Olga Testova asserted that Azerbaijan lets Israel use its territory against Iran (and 1 other claim)');
    expect(two).not.toMatch(/[“”"«»]/);
  });

  it('does not state a stance the record calls uncertain, and names only the speaker without a claim', () => {
    expect(stanceHeadline('Ilham Aliyev', [{ claim: territory, stance: 'denies', uncertain: true }])).toBe(
      'Ilham Aliyev on whether Azerbaijan lets Israel use its territory against Iran',
    );
    expect(stanceHeadline('Ilham Aliyev', [])).toBe('Statement by Ilham Aliyev');
  });

  it('keeps a name’s capital and lowercases a word capitalised only because it starts the sentence', () => {
    expect(claimClause(territory)).toBe('Azerbaijan lets Israel use its territory against Iran');
    expect(claimClause(warships)).toBe('outside warships may use Azerbaijan’s Caspian ports');
    expect(claimClause({ short: 'The pipeline deal was signed', proposition: 'Iran and Azerbaijan signed the pipeline deal.' })).toBe(
      'the pipeline deal was signed',
    );
  });
});

describe('the chart of a claim’s statements', () => {
  it('counts what the tallies count, each dated statement once in its period and the undated apart', () => {
    for (const claim of dataset.claims) {
      const chart = claimChart(dataset, claim);
      const tallied = Object.values(claim.tallies).reduce((sum, count) => sum + count, 0);
      expect(chart.total, claim.id).toBe(tallied);
      const placed = chart.columns.reduce((sum, column) => sum + Object.values(column.counts).reduce((a, b) => a + b, 0), 0);
      expect(placed + Object.values(chart.undated).reduce((a, b) => a + b, 0), claim.id).toBe(tallied);
      // One column per period, none skipped, in order.
      expect(chart.columns.map((column) => column.key)).toEqual([...chart.columns.map((column) => column.key)].sort());
      expect(new Set(chart.columns.map((column) => column.key)).size).toBe(chart.columns.length);
    }
    const chart = claimChart(dataset, dataset.claimsById.get(warships)!);
    const dated = dataset.claimsById
      .get(warships)!
      .timeline.filter((entry) => dataset.statementsById.get(entry.statementId)!.earliestDay !== undefined)
      .filter((entry) => dataset.statementsById.get(entry.statementId)!.reports.some((report) => !report.retracted));
    for (const entry of dated) {
      const day = dataset.statementsById.get(entry.statementId)!.earliestDay!;
      expect(chart.columns.find((column) => column.key === day.slice(0, 7))?.counts[entry.stance], entry.statementId).toBeGreaterThan(0);
    }
  });
});
