// The Atom feeds on the good fixture: valid Atom (RFC 4287's required elements), entry ids that stay the
// same from build to build, `updated` from the content, quotation marks only around the speaker's words,
// and a new statement in its claim's feed after a rebuild with one more article.
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset, Statement } from '../../src/pipeline/dataset.ts';
import { buildFromFiles, loadContent } from '../../src/pipeline/index.ts';
import { atomXml, escapeXml } from '../../src/site/atom.ts';
import { claimFeed, correctionsFeed, countryFeed, feedEntryCap, officialFeed, statementsFeed } from '../../src/site/feeds.ts';
import { readFixture } from '../fixture-files.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const goodRoot = path.join(projectRoot, 'tests/fixtures/good');
const today = '2026-11-30';
const site = new URL('https://claim-tracker.example');

const warships = 'outside-warships-may-use-azerbaijans-caspian-ports';
const exercise = 'caspian-joint-naval-exercise-is-planned';
const paraphrased = 'testov-assures-no-outside-warships-in-azerbaijani-ports';
const verbatim = 'unnamed-spokesman-no-commitment-on-foreign-warships';

interface Link {
  '@rel'?: string;
  '@href': string;
  '@type'?: string;
}
interface Text {
  '#text': string;
  '@type'?: string;
}
interface Entry {
  id: string;
  title: string;
  updated: string;
  published?: string;
  link: Link[];
  summary?: string;
  content?: Text;
}
interface Feed {
  id: string;
  title: string;
  updated: string;
  author?: { name: string; uri?: string };
  link: Link[];
  entry: Entry[];
  '@xml:lang'?: string;
  '@xmlns': string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
  parseTagValue: false,
});

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The feed, parsed, after checking what RFC 4287 requires of a feed and of each entry. */
function checkedAtom(xml: string): Feed {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
  expect(SyntaxValidator.validate(xml, { invalidCharSequence: { comment: true, tagValue: true, attrLt: true } })).toBe(true);
  const document = parser.parse(xml) as { feed: Feed };
  const feed = document.feed;
  feed.entry ??= [];
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  // atom:feed: exactly one id, title and updated; an author (or one on every entry); a self link (RFC 4287 §4.1.1).
  expect(feed.id).toMatch(/^https:\/\//);
  expect(feed.title).not.toBe('');
  expect(feed.updated).toMatch(rfc3339);
  expect(feed.author?.name ?? '').not.toBe('');
  expect(feed.link.filter((link) => link['@rel'] === 'self')).toHaveLength(1);
  expect(feed.link.filter((link) => link['@rel'] === 'alternate' && link['@type'] === 'text/html')).toHaveLength(1);
  for (const entry of feed.entry) {
    // atom:entry: one id, title, updated; a content or an alternate link (§4.1.2).
    expect(entry.id).toMatch(/^https:\/\//);
    expect(entry.title).not.toBe('');
    expect(entry.updated).toMatch(rfc3339);
    expect(entry.link.filter((link) => (link['@rel'] ?? 'alternate') === 'alternate')).toHaveLength(1);
    expect(entry.content?.['@type']).toBe('html');
    expect(entry.updated <= feed.updated).toBe(true);
  }
  expect(new Set(feed.entry.map((entry) => entry.id)).size).toBe(feed.entry.length);
  // Newest change first; the feed's `updated` is its latest entry's.
  const days = feed.entry.map((entry) => entry.updated);
  expect(days).toEqual([...days].sort().reverse());
  if (feed.entry.length > 0) expect(feed.updated).toBe(days[0]);
  return feed;
}

/** Every feed of a dataset, by its address. */
function everyFeed(dataset: Dataset): Map<string, string> {
  return new Map([
    ['statements', statementsFeed(dataset, site)],
    ['corrections', correctionsFeed(dataset, site)],
    ...dataset.claims.map((claim): [string, string] => [`claim ${claim.id}`, claimFeed(dataset, claim, site)]),
    ...dataset.officials.map((official): [string, string] => [`official ${official.id}`, officialFeed(dataset, official, site)]),
    ...dataset.countries.map((country): [string, string] => [`country ${country.code}`, countryFeed(dataset, country, site)]),
  ]);
}

const entryOf = (feed: Feed, id: string) => feed.entry.find((entry) => entry.id === `https://claim-tracker.example/statements/${id}/`);

/** One more article: a statement on the joint-exercise claim by an official with no statements yet, read after every other. */
const newArticle = {
  file: 'content/articles/caspian-wire-test/bayramov-exercise-not-on-agenda.md',
  pathInContent: 'articles/caspian-wire-test/bayramov-exercise-not-on-agenda.md',
  text: `---
headline: Bayramov says a joint exercise is not on the agenda
url: https://caspian-wire.example.net/wire/2026-11-24/0900
outlet: caspian-wire-test
published: 2026-11-24
accessed: 2026-11-25
language: en
statements:
  - id: bayramov-joint-exercise-not-on-agenda
    speaker: jeyhun-bayramov
    said: 2026-11-24
    claims:
      - claim: ${exercise}
        stance: denies
    form: verbatim
    text: A joint exercise in the Caspian is not on our agenda.
    attribution: direct
---
Test data: a fictional wire story, added to show a rebuild.

Jeyhun Bayramov told reporters: "A joint exercise in the Caspian is not on our agenda."
`,
};

describe('the Atom feeds', () => {
  let dataset: Dataset;

  beforeAll(async () => {
    const result = await loadContent({ root: goodRoot, today });
    expect(result.issues).toEqual([]);
    dataset = result.dataset!;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('are valid Atom: every feed has the required elements, entries newest first, `updated` the latest entry’s', () => {
    const feeds = everyFeed(dataset);
    expect(feeds.size).toBe(2 + dataset.claims.length + dataset.officials.length + dataset.countries.length);
    for (const [name, xml] of feeds) {
      const feed = checkedAtom(xml);
      expect(feed.link.find((link) => link['@rel'] === 'self')?.['@href'], name).toBe(feed.id);
    }
    const all = checkedAtom(feeds.get('statements')!);
    expect(all.entry).toHaveLength(dataset.statements.length);
    expect(all.updated).toBe('2026-11-22T00:00:00Z');
    expect(all.link.find((link) => link['@rel'] === 'alternate')?.['@href']).toBe('https://claim-tracker.example/statements/');
    const claim = checkedAtom(feeds.get(`claim ${warships}`)!);
    expect(claim.entry.map((entry) => entry.id)).toEqual(
      [
        'test-lens-blog-baku-leaves-door-open',
        paraphrased,
        verbatim,
        'testov-no-commitment-on-foreign-warships',
        'testov-discussed-caspian-security-and-navigation',
      ].map((id) => `https://claim-tracker.example/statements/${id}/`),
    );
    expect(claim.updated).toBe('2026-03-20T00:00:00Z');
    // No entry claims a first-publication day the site does not record.
    expect(all.entry.every((entry) => entry.published === undefined)).toBe(true);
  });

  it('carry a country’s claims and its officials’ and outlets’ statements', () => {
    const georgia = checkedAtom(countryFeed(dataset, dataset.countriesByCode.get('GE')!, site));
    const onGeorgia = dataset.statements.filter((statement) =>
      statement.claims.some((link) => dataset.claimsById.get(link.claimId)!.data.countries.includes('GE')),
    );
    expect(georgia.entry.map((entry) => entry.id).sort()).toEqual(
      onGeorgia.map((statement) => `https://claim-tracker.example/statements/${statement.id}/`).sort(),
    );
    const azerbaijan = checkedAtom(countryFeed(dataset, dataset.countriesByCode.get('AZ')!, site));
    expect(entryOf(azerbaijan, verbatim)).toBeDefined();
  });

  it('are the same bytes on every build of the same content, whatever the day of the build', async () => {
    const first = everyFeed(dataset);
    vi.useFakeTimers({ now: new Date('2031-07-01T12:00:00Z'), toFake: ['Date'] });
    const again = await loadContent({ root: goodRoot, today });
    expect(everyFeed(again.dataset!)).toEqual(first);
    // An official without statements: an empty feed dated from the content, not from the clock.
    const empty = checkedAtom(first.get('official jeyhun-bayramov')!);
    expect(empty.entry).toEqual([]);
    expect(empty.updated).toBe('2026-11-22T00:00:00Z');
  });

  it('never put a paraphrase in quotation marks, and quote the speaker’s own words', () => {
    const feed = checkedAtom(claimFeed(dataset, dataset.claimsById.get(warships)!, site));
    const paraphrase = dataset.statementsById.get(paraphrased)!.shown;
    expect(paraphrase.form).toBe('paraphrase');
    const entry = entryOf(feed, paraphrased)!;
    expect(entry.title).toBe("Arif Testov denied that Azerbaijan will let outside powers' warships use its Caspian ports");
    expect(entry.summary).toBe(`Arif Testov, as paraphrased by Iranian Navy Test Bulletin: ${paraphrase.text}`);
    expect(entry.content!['#text']).toContain(`<p><i>${paraphrase.text}</i></p>`);
    expect(entry.content!['#text']).toContain('Paraphrase, in Iranian Navy Test Bulletin’s report, one of 3 reports (the outlet’s words, not a quotation):');
    for (const text of [entry.title, entry.summary!, entry.content!['#text']]) expect(text).not.toMatch(/[“"«]\s*Testov assured/);
    // Reports that disagree on the date say so; none is chosen.
    expect(entry.content!['#text']).toContain(
      'Reports differ on when it was said: 2 March 2026 in Iranian Navy Test Bulletin · 3 March 2026 in Caspian Wire (test)',
    );

    const quoted = entryOf(feed, verbatim)!;
    expect(quoted.summary).toBe('A spokesman for Azerbaijan’s Ministry of Defence: “Azerbaijan has made no commitment about foreign warships.”');
    expect(quoted.content!['#text']).toContain('<blockquote><p>“Azerbaijan has made no commitment about foreign warships.”</p></blockquote>');
  });

  it('say an unknown date is not stated, and mark words in another language and script', () => {
    const feed = checkedAtom(claimFeed(dataset, dataset.claimsById.get(exercise)!, site));
    const content = entryOf(feed, 'nemoudar-no-decision-on-caspian-exercise')!.content!['#text'];
    expect(content).toContain('<p>Date not stated</p>');
    expect(content).toContain('<blockquote lang="fa" dir="rtl"><p>“درباره رزمایش مشترک دریایی در خزر هنوز تصمیمی گرفته نشده است.”</p></blockquote>');
    expect(content).toContain('English translation by this site’s editors, from the Persian quote above:');
  });

  it('cap each feed at the statements changed last', () => {
    const base = dataset.statements[0]!;
    const many: Statement[] = Array.from({ length: feedEntryCap + 10 }, (_, index) => ({
      ...base,
      id: `generated-${String(index).padStart(2, '0')}`,
      lastUpdated: `2026-04-${String((index % 28) + 1).padStart(2, '0')}`,
    }));
    const feed = checkedAtom(statementsFeed({ ...dataset, statements: many }, site));
    expect(feed.entry).toHaveLength(feedEntryCap);
    expect(feed.updated).toBe('2026-04-28T00:00:00Z');
    expect(feed.entry.some((entry) => entry.updated === '2026-04-01T00:00:00Z')).toBe(false);
  });

  it('log every correction with a permanent id and a link to the page it concerns', () => {
    const feed = checkedAtom(correctionsFeed(dataset, site));
    expect(feed.entry.map((entry) => entry.id)).toEqual([
      'https://claim-tracker.example/articles/baku-silent-on-warships/#correction-2026-03-20-1',
      `https://claim-tracker.example/claims/${warships}/#correction-2026-03-16-1`,
      `https://claim-tracker.example/statements/${paraphrased}/#correction-2026-03-15-1-in-nemoudar-testov-call-readout`,
      'https://claim-tracker.example/articles/azerbaijan-no-commitment-on-warships/#correction-2026-03-05-1',
    ]);
    expect(feed.entry.map((entry) => entry.link[0]!['@href'])).toEqual(feed.entry.map((entry) => entry.id.replace(/#.*/, '')));
    expect(feed.entry[0]!.title).toBe('Retracted: Baku’s silence on warships');
    expect(feed.entry[0]!.summary).toBe('Retracted by the outlet: The blog withdrew the post, saying it had not checked the wire report it relied on.');
    expect(feed.updated).toBe('2026-03-20T00:00:00Z');
  });

  it('show a new statement in its claim’s feed after a rebuild, and leave every other entry as it was', () => {
    const files = readFixture(goodRoot);
    const before = buildFromFiles(files, today).dataset!;
    const after = buildFromFiles([...files, newArticle], today);
    expect(after.issues).toEqual([]);
    const rebuilt = after.dataset!;

    const oldClaim = checkedAtom(claimFeed(before, before.claimsById.get(exercise)!, site));
    const newClaim = checkedAtom(claimFeed(rebuilt, rebuilt.claimsById.get(exercise)!, site));
    expect(newClaim.entry[0]!.id).toBe('https://claim-tracker.example/statements/bayramov-joint-exercise-not-on-agenda/');
    expect(newClaim.entry[0]!.title).toBe('Jeyhun Bayramov denied that Iran and Azerbaijan plan a joint Caspian naval exercise');
    expect(newClaim.updated).toBe('2026-11-25T00:00:00Z');
    expect(newClaim.entry.slice(1)).toEqual(oldClaim.entry);

    // The statement's official and country follow it too; feeds it does not concern are unchanged, byte for byte.
    expect(checkedAtom(officialFeed(rebuilt, rebuilt.officialsById.get('jeyhun-bayramov')!, site)).entry.map((entry) => entry.id)).toEqual([
      newClaim.entry[0]!.id,
    ]);
    expect(entryOf(checkedAtom(countryFeed(rebuilt, rebuilt.countriesByCode.get('AZ')!, site)), 'bayramov-joint-exercise-not-on-agenda')).toBeDefined();
    expect(claimFeed(rebuilt, rebuilt.claimsById.get(warships)!, site)).toBe(claimFeed(before, before.claimsById.get(warships)!, site));
    expect(officialFeed(rebuilt, rebuilt.officialsById.get('arif-testov')!, site)).toBe(officialFeed(before, before.officialsById.get('arif-testov')!, site));
    const oldAll = checkedAtom(statementsFeed(before, site));
    const newAll = checkedAtom(statementsFeed(rebuilt, site));
    expect(newAll.entry.filter((entry) => entry.id !== newClaim.entry[0]!.id)).toEqual(oldAll.entry);
  });
});

describe('Atom text', () => {
  it('escapes the five XML entities and drops characters XML 1.0 forbids', () => {
    expect(escapeXml(`Tom & "Jerry" <b>'s</b>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;');
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g\tnew\nline\r😀')).toBe('abcdefg\tnew\nline\r😀');
  });

  it('keeps a feed parseable whatever the text: markup, entities and control characters', () => {
    const hostile = `</title><script>alert(1)</script> ]]> &amp; \u0001 “quoted”`;
    const xml = atomXml({
      id: 'https://claim-tracker.example/x/feed.xml',
      title: hostile,
      subtitle: hostile,
      self: 'https://claim-tracker.example/x/feed.xml',
      alternate: 'https://claim-tracker.example/x/?a=1&b=2',
      updated: '2026-01-02',
      author: { name: 'Claim Tracker', uri: 'https://claim-tracker.example/' },
      entries: [
        {
          id: 'https://claim-tracker.example/x/',
          title: hostile,
          updated: '2026-01-02',
          link: 'https://claim-tracker.example/x/',
          summary: hostile,
          contentHtml: `<p>${escapeXml(hostile)}</p>`,
        },
      ],
    });
    const feed = checkedAtom(xml);
    const expected = hostile.replace('\u0001', '');
    expect(feed.title).toBe(expected);
    expect(feed.entry[0]!.content!['#text']).toBe(`<p>${escapeXml(expected)}</p>`);
    expect(feed.link.find((link) => link['@rel'] === 'alternate')!['@href']).toBe('https://claim-tracker.example/x/?a=1&b=2');
  });
});
