// Every kind of contributor mistake, each in its own small content tree under tests/fixtures/broken/<kind>/:
// the issue must name the file, line, column and field, say what is wrong, and no dataset is built.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildFromFiles, loadContent } from '../../src/pipeline/index.ts';
import { formatIssue, type ContentIssue } from '../../src/pipeline/issues.ts';
import { readFixture } from '../fixture-files.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const brokenRoot = path.join(projectRoot, 'tests/fixtures/broken');
const today = '2026-11-22';

const article = 'content/articles/tehran-times/aliyev-will-not-allow-any-threat.md';
const secondArticle = 'content/articles/tehran-times/aliyev-pledges-support.md';
const source = 'content/sources/tehran-times.md';
const claim = 'content/claims/azerbaijan-lets-israel-use-its-territory-against-iran.md';
const statementId = 'aliyev-azerbaijan-will-not-allow-any-threat-against-iran';

async function load(kind: string) {
  return loadContent({ root: path.join(brokenRoot, kind), today });
}

/** An expected issue: exact place and field, the words that matter in the message and hint. */
function issue(file: string, line: number, column: number, field: string, message: string, hint = ''): ContentIssue {
  const matching = (text: string): string => expect.stringContaining(text) as string;
  return { file, line, column, field, message: matching(message), hint: matching(hint) };
}

/** One mistake per fixture: exactly these issues are reported, and nothing is built. */
const cases: { kind: string; title: string; issues: ContentIssue[] }[] = [
  {
    kind: 'unknown-key',
    title: 'an unknown field, with the field it was probably meant to be',
    issues: [issue(article, 8, 1, 'autors', 'unknown field `autors`', 'did you mean `authors`?')],
  },
  {
    kind: 'missing-field',
    title: 'a missing required field',
    issues: [issue(article, 2, 1, 'headline', 'is missing', 'add `headline:`')],
  },
  {
    kind: 'missing-choice-field',
    title: 'a missing required field that takes one of a list of values',
    // Pointing at the statement, whose `form:` line is missing; it should read like any missing field.
    issues: [issue(article, 9, 5, 'statements[0].form', 'is missing', '`verbatim`, `paraphrase`, `translation`')],
  },
  {
    kind: 'bad-type',
    title: 'a value of the wrong type',
    issues: [issue(article, 8, 10, 'authors', 'should be a list, not "Tehran Times staff"', 'write a list here')],
  },
  {
    kind: 'date-format',
    title: 'a date in a format the site does not read',
    issues: [issue(article, 5, 12, 'published', '"07/02/2026" is not a date', '`2026-02-06`, `2026-02` or `2026`')],
  },
  {
    kind: 'date-impossible',
    title: 'a date that does not exist (30 February)',
    issues: [issue(article, 11, 11, 'statements[0].said', '"2024-02-30"', 'this date does not exist')],
  },
  {
    kind: 'date-future',
    title: 'a date after today',
    issues: [issue(article, 6, 11, 'accessed', 'is in the future (after 2026-11-22)')],
  },
  {
    kind: 'said-after-published',
    title: 'a statement said after the article that reports it was published',
    issues: [issue(article, 11, 11, 'statements[0].said', 'is after the article that reports it was published (2026-02-07)', 'check both dates')],
  },
  {
    kind: 'said-after-read',
    title: 'a statement said after the day its article was read, when the article gives only the earliest it can have been published',
    issues: [
      issue(
        article,
        13,
        11,
        'statements[0].said',
        'is after the day the article that reports it was read (2026-03-01), so after it was published',
        'check the date it was said and `accessed`',
      ),
    ],
  },
  {
    kind: 'unknown-speaker',
    title: 'a speaker that is not in content/officials/, with the id it was probably meant to be',
    issues: [issue(article, 10, 14, 'statements[0].speaker', 'unknown official "ilham-aliev"', 'did you mean "ilham-aliyev"?')],
  },
  {
    kind: 'unknown-claim',
    title: 'a claim that is not in content/claims/ and resembles none',
    issues: [
      issue(
        article,
        13,
        16,
        'statements[0].claims[0].claim',
        'unknown claim "azerbaijan-hosts-israeli-drones"',
        'add content/claims/azerbaijan-hosts-israeli-drones.md, or use the id of an existing claim',
      ),
    ],
  },
  {
    kind: 'needs-review',
    title: 'a stub from `npm run new` still marked NEEDS REVIEW, every field filled in',
    issues: [issue(source, 2, 1, '', 'is still marked NEEDS REVIEW', 'check every field of this stub against a source, then delete this line')],
  },
  {
    kind: 'unknown-outlet',
    title: 'an outlet that is not in content/sources/',
    issues: [issue(article, 4, 9, 'outlet', 'unknown outlet "press-tv"', 'add content/sources/press-tv.md')],
  },
  {
    kind: 'duplicate-url',
    title: 'the same article URL twice (host case, trailing slash and fragment do not matter)',
    // Files are read in path order: aliyev-pledges-support.md comes first.
    issues: [issue(article, 3, 6, 'url', `the same article is already in ${secondArticle}:3`, 'add new statements to that file')],
  },
  {
    kind: 'duplicate-statement-id',
    title: 'one statement id twice in one article',
    issues: [
      issue(
        article,
        21,
        9,
        'statements[1].id',
        `statement id "${statementId}" is used twice in this article (first at ${article}:9)`,
        'give each statement its own id',
      ),
    ],
  },
  {
    kind: 'conflicting-reports',
    title: 'two articles reporting one statement id with different speakers',
    issues: [
      issue(
        article,
        10,
        14,
        'statements[0].speaker',
        `statement "${statementId}" has the speaker "government-of-azerbaijan" at ${secondArticle}:10, "ilham-aliyev" here`,
        'give this one a new id and link the two with `related: [{ statement: …, relation: same-remark, note: … }]`',
      ),
    ],
  },
  {
    kind: 'country-code',
    title: 'a country code that is not ISO 3166-1 (UK for GB)',
    issues: [issue(source, 4, 10, 'country', '"UK" is not an ISO 3166-1 country code', 'ISO 3166-1 alpha-2')],
  },
  {
    kind: 'language-tag',
    title: 'a language name instead of a BCP 47 tag',
    issues: [issue(article, 7, 11, 'language', '"english" is not a BCP 47 language tag', 'such as `en`')],
  },
  {
    kind: 'url-javascript',
    title: 'a javascript: URL as the article URL',
    issues: [issue(article, 3, 6, 'url', '"javascript:alert(1)" is not an http(s) URL', 'starting with https://')],
  },
  {
    kind: 'url-userinfo',
    title: 'an article URL with a user name before the host, which leads to the host after the @',
    issues: [issue(article, 3, 6, 'url', 'is a link with a user name before the host', 'leads to the host after the `@`')],
  },
  {
    kind: 'official-look-alike',
    title: 'a second official whose name, in Cyrillic, reads as an existing official’s: probably one person entered twice',
    issues: [
      issue(
        'content/officials/ilkham-aliev.md',
        2,
        7,
        'name',
        '"Ильхам Алиев" reads as "Ilham Aliyev", the name of the official ilham-aliyev (content/officials/ilham-aliyev.md:2): probably the same official entered twice',
        'if they are different people or bodies, add `distinctFrom: [ilham-aliyev]` here',
      ),
    ],
  },
  {
    kind: 'distinct-from-unknown',
    title: 'a namesake declared distinct from an official that does not exist, so the pair is still reported',
    issues: [
      issue(
        'content/officials/other-ilham-aliyev.md',
        2,
        7,
        'name',
        '"Ilham Aliyev", the name of the official ilham-aliyev',
        'add `distinctFrom: [ilham-aliyev]` here',
      ),
      issue('content/officials/other-ilham-aliyev.md', 4, 16, 'distinctFrom[0]', 'unknown official "ilham-aliev"', 'did you mean "ilham-aliyev"?'),
    ],
  },
  {
    kind: 'url-ip-host',
    title: 'a date’s basis link to an IP address, which the same URL schema as every other link refuses',
    issues: [
      issue(
        article,
        8,
        13,
        'published.basisUrl',
        '"http://127.0.0.1/archive/523516" does not name a public host (an IP address, or a name without a domain such as localhost)',
        'public address',
      ),
    ],
  },
  {
    kind: 'statement-id-route',
    title: 'a statement id of digits alone, which is the address of page 2 of the statements list',
    issues: [issue(article, 9, 9, 'statements[0].id', '"2" is an id a page of the site already has (a numbered page of a list, or `index`)', 'add a word')],
  },
  {
    kind: 'file-name-route',
    title: 'a file named index.md, whose page would be the address of an index',
    issues: [
      issue(
        'content/officials/index.md',
        1,
        1,
        '',
        'file name "index.md" is an id a page of the site already has (a numbered page of a list, or `index`)',
        'such as `tehran-times-2.md`',
      ),
    ],
  },
  {
    kind: 'archive-other-page',
    title: 'an archived copy of another page than the article',
    issues: [
      issue(
        article,
        4,
        10,
        'archive',
        'is a copy of another page (https://www.tehrantimes.com/print/523517/Another-story), not of `url`',
        'the article itself',
      ),
    ],
  },
  {
    kind: 'archive-before-published',
    title: 'an archived copy captured before the article was published',
    issues: [issue(article, 4, 10, 'archive', 'was captured on 2026-01-01, before the article was published (2026-02-07)', 'cannot be older than the article')],
  },
  {
    kind: 'url-ftp',
    title: 'an ftp:// URL as a source home page',
    issues: [issue(source, 3, 11, 'homepage', '"ftp://ftp.tehrantimes.com/" is not an http(s) URL', 'starting with https://')],
  },
  {
    kind: 'quote-not-in-body',
    title: 'a verbatim quote that is not in the article body',
    issues: [
      issue(
        article,
        16,
        11,
        'statements[0].text',
        'verbatim quote does not appear in the article body: it matches up to “…brotherly relations, Azerbaijan will”, then has “never” where the body has “not”',
        'if the article does not quote these words, use `form: paraphrase`',
      ),
    ],
  },
  {
    kind: 'raw-html',
    title: 'raw HTML in the body',
    issues: [issue(article, 23, 1, 'body', 'raw HTML is not allowed: "<script>alert(1)</script>"', 'use Markdown instead')],
  },
  {
    kind: 'javascript-link',
    title: 'a javascript: link in the body',
    issues: [issue(article, 21, 14, 'body', 'link target "javascript:alert(1)" is not an http(s) or mailto: URL', 'link only to http:// or https://')],
  },
  {
    kind: 'yaml-duplicate-key',
    title: 'a field written twice (YAML duplicate key), at the second one',
    issues: [issue(article, 7, 1, '', 'YAML: Map keys must be unique', 'each field may appear once')],
  },
  {
    kind: 'yaml-syntax',
    title: 'a YAML syntax error (an unquoted colon in a headline)',
    issues: [issue(article, 2, 11, '', 'YAML: Nested mappings are not allowed in compact mappings', 'put quotes around a value that contains a colon')],
  },
  {
    kind: 'yaml-indentation',
    title: 'a line indented one space short: one problem, not the parser’s cascade of four',
    issues: [
      issue(
        article,
        15,
        1,
        '',
        'YAML: Sequence item without - indicator (the YAML parser reports 3 more after it, which may go away with this one)',
        'check the indentation',
      ),
    ],
  },
  {
    kind: 'wrong-folder',
    title: 'files the site does not read: a folder it does not know, a nested official, a .txt file',
    issues: [
      issue('content/articles/tehran-times/notes.txt', 1, 1, '', 'is not a content file this site reads', 'content/articles/ (any subfolder)'),
      issue('content/officials/azerbaijan/ilham-aliyev.md', 1, 1, '', 'is not a content file this site reads'),
      issue(`content/statements/${statementId}.md`, 1, 1, '', 'is not a content file this site reads'),
    ],
  },
  // Beyond the list in the brief.
  {
    kind: 'unknown-choice',
    title: 'a misspelt stance, with the stance it was probably meant to be',
    issues: [
      issue(article, 14, 17, 'statements[0].claims[0].stance', '"denyed" is not one of `asserts`, `denies`, `no-evidence`, `other`', 'did you mean `denies`?'),
    ],
  },
  {
    kind: 'according-to-missing',
    title: 'a second-hand statement that does not say whose report it relays',
    issues: [issue(article, 9, 5, 'statements[0].accordingTo', 'is missing', 'accordingTo: Azerbaijani outlets')],
  },
  {
    kind: 'passage-not-in-body',
    title: 'a passage that is not in the article body',
    issues: [issue(article, 20, 14, 'statements[0].passage', 'passage does not appear in the article body')],
  },
  {
    kind: 'bad-file-name',
    title: 'a file name that is not an id',
    issues: [issue('content/articles/tehran-times/Aliyev_Pledge.md', 1, 1, '', 'file name "Aliyev_Pledge.md" is not a valid id', 'lowercase slug')],
  },
  {
    kind: 'frontmatter-unclosed',
    title: 'frontmatter that is never closed',
    issues: [issue(article, 1, 1, '', 'frontmatter is never closed', 'end the YAML fields with a line `---`')],
  },
  {
    kind: 'duplicate-article-id',
    title: 'two articles with the same file name in different folders',
    issues: [
      issue(article, 1, 1, '', 'article id "aliyev-will-not-allow-any-threat" is already used by content/articles/2026/aliyev-will-not-allow-any-threat.md'),
    ],
  },
  {
    kind: 'accessed-before-published',
    title: 'an access date before the publication date',
    issues: [issue(article, 6, 11, 'accessed', 'is before the article was published (2026-02-07)')],
  },
  {
    kind: 'date-inferred-empty',
    title: 'an inferred date with a basis but no date',
    // The message must read as a sentence after the field name: not "a group of fields is gives no date".
    issues: [
      {
        ...issue(article, 12, 7, 'statements[0].said', '', 'give at least one of `date`, `notBefore` or `notAfter`'),
        message: expect.stringMatching(/^(?!.*\bis gives\b).*gives no date$/),
      },
    ],
  },
  {
    kind: 'status-history-order',
    title: 'a status history out of order, its first entry in the future',
    issues: [
      issue(claim, 6, 11, 'statusHistory[0].date', 'is in the future (after 2026-11-22)'),
      issue(claim, 9, 11, 'statusHistory[1].date', 'is earlier than the change before it (2026-11-23)', 'oldest first'),
    ],
  },
  // Real reporting: what cannot be true of one statement, and references between records.
  {
    kind: 'stance-conflict',
    title: 'two reports of one statement taking opposite stances toward one claim',
    issues: [
      issue(
        article,
        14,
        17,
        'statements[0].claims[0].stance',
        `statement "${statementId}" asserts "azerbaijan-lets-israel-use-its-territory-against-iran" at ${secondArticle}:13, denies here`,
        'keep one stance and say why in `uncertain`',
      ),
    ],
  },
  {
    kind: 'same-remark-same-speaker',
    title: 'a statement declared the same remark as another by the same speaker',
    issues: [
      issue(
        secondArticle,
        19,
        20,
        'statements[0].related[0].statement',
        'is the same remark by the same speaker ("ilham-aliyev")',
        `use the id "${statementId}"`,
      ),
    ],
  },
  {
    kind: 'unknown-related-statement',
    title: 'a relation to a statement id that does not exist, with the id it was probably meant to be',
    issues: [
      issue(
        article,
        21,
        20,
        'statements[0].related[0].statement',
        'unknown statement "aliyev-azerbaijan-will-not-allow-threat-against-iran"',
        `did you mean "${statementId}"?`,
      ),
    ],
  },
  {
    kind: 'unknown-event',
    title: 'an event that is not in content/events/',
    issues: [issue(article, 12, 12, 'statements[0].event', 'unknown event "aliyev-receives-nasirzadeh"', 'add content/events/aliyev-receives-nasirzadeh.md')],
  },
  {
    kind: 'event-unknown-participant',
    title: 'an event participant who is not in content/officials/',
    issues: [issue('content/events/aliyev-receives-nasirzadeh.md', 5, 30, 'participants[1]', 'unknown official "aziz-nasirzade"')],
  },
  {
    kind: 'omits-not-an-account',
    title: 'an omission declared by an article that is not an account of the statement’s event',
    issues: [
      issue(
        secondArticle,
        9,
        16,
        'omits[0].statement',
        `this article is not an account of the event of statement "${statementId}"`,
        'add `events: [aliyev-receives-nasirzadeh]`',
      ),
    ],
  },
  {
    kind: 'omits-own-statement',
    title: 'an omission of a statement the article itself reports',
    issues: [issue(article, 9, 16, 'omits[0].statement', `names statement "${statementId}", which this article reports`, 'remove it from `omits`')],
  },
  {
    kind: 'according-to-id-as-words',
    title: 'an outlet’s id written as words in `accordingTo`, which would link nowhere',
    issues: [
      issue(article, 20, 18, 'statements[0].accordingTo', '"tehran-times" is the id of an outlet, written as words', 'write `{ outlet: tehran-times }`'),
    ],
  },
  {
    kind: 'according-to-unknown-outlet',
    title: 'an outlet in a chain of reports that is not in content/sources/',
    issues: [issue(article, 21, 17, 'statements[0].accordingTo[0].outlet', 'unknown outlet "press-tv"', 'add content/sources/press-tv.md')],
  },
  {
    kind: 'unknown-outlet-speaker',
    title: 'an outlet as speaker that is not in content/sources/, with the id it was probably meant to be',
    issues: [issue(article, 10, 24, 'statements[0].speaker.outlet', 'unknown outlet "tehran-time"', 'did you mean "tehran-times"?')],
  },
  {
    kind: 'claim-correction-by-outlet',
    title: 'a correction of a claim said to be by an outlet',
    issues: [issue(claim, 15, 9, 'corrections[0].by', 'is `outlet` on a claim', 'write `by: editors`')],
  },
  {
    kind: 'correction-before-published',
    title: 'a correction dated before the article was published',
    issues: [issue(article, 9, 11, 'corrections[0].date', 'is before the article was published (2026-02-07)')],
  },
  {
    kind: 'original-not-in-body',
    title: 'original-language words that are not in the article body',
    issues: [issue(article, 20, 13, 'statements[0].original.text', 'original words do not appear in the article body', 'copy them exactly from the body')],
  },
  {
    kind: 'translation-not-in-body',
    title: 'a quoted translation that differs from the article body, with the word where it parts',
    issues: [
      issue(
        article,
        16,
        11,
        'statements[0].text',
        'quoted translation does not appear in the article body: it matches up to “…brotherly relations, Azerbaijan will”, then has “never” where the body has “not”',
      ),
    ],
  },
  {
    kind: 'statement-claims-empty',
    title: 'a statement that bears on no claim and belongs to no event',
    issues: [issue(article, 12, 13, 'statements[0].claims', 'is empty', 'can be kept only as part of an event (`event: <id>`)')],
  },
  {
    kind: 'outlet-name-unknown',
    title: 'an outlet named "unknown" rather than by its name',
    issues: [issue(source, 2, 7, 'name', '"unknown" is not a name', 'write the name as its own pages give it')],
  },
  {
    kind: 'quote-with-marks',
    title: 'a quote typed with its quotation marks, which the site would double',
    issues: [issue(article, 16, 11, 'statements[0].text', 'includes its quotation marks', 'leave them out')],
  },
  {
    kind: 'statements-empty',
    title: 'an article with no statements that is not an account of an event',
    issues: [issue(article, 8, 13, 'statements', 'is empty', 'name the event it gives an account of with `events: [<id>]`')],
  },
];

describe('one mistake per fixture', () => {
  it('has a test for every broken fixture', () => {
    const tested = new Set([...cases.map((c) => c.kind), 'quote-normalised', 'no-frontmatter', 'several-mistakes']);
    expect(readdirSync(brokenRoot).filter((kind) => !tested.has(kind))).toEqual([]);
  });

  for (const { kind, title, issues } of cases) {
    it(`reports ${title} (${kind})`, async () => {
      const result = await load(kind);
      expect(result.issues).toEqual(issues);
      expect(result.dataset).toBeUndefined();
    });
  }

  it('accepts a verbatim quote that the body gives with typographic quotes, emphasis, line breaks and extra spaces', async () => {
    const result = await load('quote-normalised');
    expect(result.issues).toEqual([]);
    expect(result.dataset).toBeDefined();
    const texts = result.dataset!.statements.map((statement) => statement.reports[0]!.text);
    expect(texts).toEqual([
      'In the framework of our sincere and brotherly relations, Azerbaijan will not allow any threat from its territory to be directed against the Islamic Republic of Iran.',
      `the bond 'cordial and brotherly' - and "unbreakable"`,
    ]);
    // The body really differs from the quotes: a run of spaces, a line break and emphasis mid-sentence,
    // curly quotes and an em dash where the quote has straight ones and a hyphen.
    const file = readFileSync(path.join(brokenRoot, 'quote-normalised/content/articles/tehran-times/aliyev-will-not-allow-any-threat.md'), 'utf8');
    const body = file.slice(file.indexOf('\n---\n') + 5);
    for (const text of texts) expect(body).not.toContain(text);
    expect(body).toContain('“In the framework of our   sincere and brotherly relations,\nAzerbaijan');
    expect(body).toContain('*Islamic Republic* of Iran.”');
    expect(body).toContain('the bond ‘cordial and brotherly’ — and “unbreakable”');
  });

  it('reports a file without frontmatter at its first line', async () => {
    const result = await load('no-frontmatter');
    expect(result.issues).toContainEqual(issue('content/officials/ilham-aliyev.md', 1, 1, '', 'has no frontmatter', 'start the file with a line `---`'));
    expect(result.dataset).toBeUndefined();
  });

  it('does not call an official unknown when their file exists but cannot be read (no frontmatter)', async () => {
    // The article's speaker is ilham-aliyev, whose file is content/officials/ilham-aliyev.md: telling the
    // contributor to "add content/officials/ilham-aliyev.md" sends them to the wrong file.
    const result = await load('no-frontmatter');
    expect(result.issues).toEqual([issue('content/officials/ilham-aliyev.md', 1, 1, '', 'has no frontmatter')]);
  });
});

describe('several mistakes in several files', () => {
  it('reports every one of them in one run, in file and line order', async () => {
    const result = await load('several-mistakes');
    expect(result.dataset).toBeUndefined();
    expect(result.fileCount).toBe(7);
    expect(result.issues.map(({ file, line, column, field }) => `${file}:${line}:${column} ${field}`)).toEqual([
      `${secondArticle}:4:9 outlet`,
      `${secondArticle}:11:11 statements[0].said`,
      `${article}:7:11 language`,
      `${article}:10:14 statements[0].speaker`,
      `${article}:23:1 body`,
      `${claim}:7:13 statusHistory[0].status`,
      'content/notes.md:1:1 ',
      'content/officials/government-of-azerbaijan.md:4:1 ',
      `${source}:3:11 homepage`,
      `${source}:4:10 country`,
    ]);
  });

  it('words each of them as a contributor reads it', async () => {
    const result = await load('several-mistakes');
    expect(result.issues.map(formatIssue).join('\n')).toMatchInlineSnapshot(`
      "content/articles/tehran-times/aliyev-pledges-support.md:4:9 outlet: unknown outlet "tehran-time" — did you mean "tehran-times"?
      content/articles/tehran-times/aliyev-pledges-support.md:11:11 statements[0].said: is after the article that reports it was published (2026-02-08) — a statement is said before it is reported: check both dates
      content/articles/tehran-times/aliyev-will-not-allow-any-threat.md:7:11 language: "english" is not a BCP 47 language tag — use a BCP 47 tag such as \`en\`, \`fa\` or \`az-Latn\`
      content/articles/tehran-times/aliyev-will-not-allow-any-threat.md:10:14 statements[0].speaker: unknown official "ilham-aliev" — did you mean "ilham-aliyev"?
      content/articles/tehran-times/aliyev-will-not-allow-any-threat.md:23:1 body: raw HTML is not allowed: "<iframe src=\\"https://example.com/\\"></iframe>" — use Markdown instead (emphasis, links, lists); HTML would be removed from the page
      content/claims/azerbaijan-lets-israel-use-its-territory-against-iran.md:7:13 statusHistory[0].status: "denyed" is not one of \`unsubstantiated\`, \`disputed\`, \`denied\`, \`corroborated\`, \`confirmed\`, \`false\` — did you mean \`denied\`?
      content/notes.md:1:1 is not a content file this site reads — put Markdown files in content/articles/ (any subfolder), content/claims/, content/events/, content/officials/ or content/sources/
      content/officials/government-of-azerbaijan.md:4:1 YAML: Map keys must be unique — each field may appear once: remove or rename one of them
      content/sources/tehran-times.md:3:11 homepage: "javascript:alert(1)" is not an http(s) URL — write the full address, starting with https://
      content/sources/tehran-times.md:4:10 country: "UK" is not an ISO 3166-1 country code — use an ISO 3166-1 alpha-2 code in capitals, such as \`AZ\`, \`IR\` or \`IL\`"
    `);
  });
});

describe('the validate command', () => {
  it('prints every issue as file:line:col and exits with 1', async () => {
    const node = path.join(projectRoot, 'node_modules/.bin/node');
    const run = promisify(execFile)(node, [path.join(projectRoot, 'scripts/validate.js')], {
      cwd: path.join(brokenRoot, 'unknown-speaker'),
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    const failure = (await run.then(
      () => undefined,
      (error: unknown) => error,
    )) as { code: number; stderr: string } | undefined;
    expect(failure?.code).toBe(1);
    expect(failure!.stderr).toContain(`${article}:10:14 statements[0].speaker: unknown official "ilham-aliev" — did you mean "ilham-aliyev"?`);
    // A full run reads the 4 files; a run after it with nothing changed gives that run's result.
    expect(failure!.stderr).toMatch(/1 problem \((4 content files read|no file changed since the last run, 4 content files: its result)/);
  });
});

describe('line and column', () => {
  it('stay right in a file with a byte-order mark and Windows line endings', () => {
    const files = readFixture(path.join(brokenRoot, 'unknown-speaker')).map((entry) =>
      entry.file === article ? { ...entry, text: `\uFEFF${entry.text.replace(/\n/g, '\r\n')}` } : entry,
    );
    expect(files.some((entry) => entry.text.includes('\r\n'))).toBe(true);
    const { dataset, issues } = buildFromFiles(files, today);
    expect(dataset).toBeUndefined();
    expect(issues).toEqual([issue(article, 10, 14, 'statements[0].speaker', 'unknown official "ilham-aliev"', 'did you mean "ilham-aliyev"?')]);
  });

  it('point at a misspelt field inside a statement and inside an inferred date', () => {
    const files = readFixture(path.join(projectRoot, 'tests/fixtures/minimal')).map((entry) =>
      entry.file === article
        ? {
            ...entry,
            text: entry.text
              .replace('said: 2026-02-06', 'said:\n      date: 2026-02-06\n      basis: Dated by the article.\n      bassisUrl: https://example.com/')
              .replace('    attribution: direct\n', '    attribution: direct\n    context:\n      ocasion: A reception\n'),
          }
        : entry,
    );
    const { issues } = buildFromFiles(files, today);
    expect(issues).toEqual([
      issue(article, 14, 7, 'statements[0].said.bassisUrl', 'unknown field `bassisUrl`', 'did you mean `basisUrl`?'),
      issue(article, 24, 7, 'statements[0].context.ocasion', 'unknown field `ocasion`', 'did you mean `occasion`?'),
    ]);
  });
});

describe('hostile frontmatter', () => {
  it('points an alias bomb at its first alias, and says a malformed Wikidata id is not one', () => {
    const official = 'content/officials/ilham-aliyev.md';
    const files = readFixture(path.join(projectRoot, 'tests/fixtures/minimal')).map((entry) =>
      entry.file === official
        ? {
            ...entry,
            text: entry.text.replace(
              '---\n',
              '---\nwikidata: Q12x\nx: &a [x, x, x, x, x, x, x, x, x, x]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
            ),
          }
        : entry,
    );
    expect(buildFromFiles(files, today).issues).toEqual([
      issue(official, 4, 8, '', 'YAML: Excessive alias count indicates a resource exhaustion attack', 'instead of repeating aliases'),
    ]);
    const wikidata = files.map((entry) => (entry.file === official ? { ...entry, text: entry.text.replace(/^x: [\s\S]*?\nz: .*\n/m, '') } : entry));
    expect(buildFromFiles(wikidata, today).issues).toEqual([issue(official, 2, 11, 'wikidata', '"Q12x" is not a Wikidata id', '')]);
  });
});

describe('look-alike letters', () => {
  it('refuse a name that mixes scripts in one word ("Ivаn" with a Cyrillic а), naming the letter; names wholly in one script pass', () => {
    const official = 'content/officials/ilham-aliyev.md';
    const files = readFixture(path.join(projectRoot, 'tests/fixtures/minimal')).map((entry) =>
      entry.file === official
        ? { ...entry, text: entry.text.replace('name: Ilham Aliyev', 'name: Ilh\u0430m Aliyev').replace('aliases: [', 'aliases: [Ильхам Алиев, ') }
        : entry,
    );
    expect(buildFromFiles(files, today).issues).toEqual([
      issue(official, 2, 7, 'name', 'mixes Latin and Cyrillic letters in "Ilhаm" (U+0430, a Cyrillic "а")', 'retype the word in one script'),
    ]);
  });
});

describe('the minimal fixture the broken ones are made from', () => {
  it('is valid', async () => {
    const result = await loadContent({ root: path.join(projectRoot, 'tests/fixtures/minimal'), today });
    expect(result.issues).toEqual([]);
    expect(result.dataset?.statements.map((statement) => statement.id)).toEqual([statementId]);
  });

  it('says a value is in no form the field takes, without calling every such field a date', () => {
    const withSpeaker = (speaker: string) =>
      readFixture(path.join(projectRoot, 'tests/fixtures/minimal')).map((entry) =>
        entry.file === article ? { ...entry, text: entry.text.replace('speaker: ilham-aliyev', `speaker: ${speaker}`) } : entry,
      );
    expect(buildFromFiles(withSpeaker('[ilham-aliyev, zakir-hasanov]'), today).issues.map(formatIssue)).toEqual([
      `${article}:10:14 statements[0].speaker: a list is not in a form this field accepts — see the field reference for the forms it takes`,
    ]);
    const withDate = readFixture(path.join(projectRoot, 'tests/fixtures/minimal')).map((entry) =>
      entry.file === article ? { ...entry, text: entry.text.replace('said: 2026-02-06', 'said: [2026-02-06]') } : entry,
    );
    expect(buildFromFiles(withDate, today).issues.map((issue) => issue.message)).toEqual(['a list is not a date this field accepts']);
  });

  it('reports an inferred date whose notAfter is before its notBefore', () => {
    const files = readFixture(path.join(projectRoot, 'tests/fixtures/minimal')).map((entry) =>
      entry.file === article
        ? {
            ...entry,
            text: entry.text.replace(
              'said: 2026-02-06',
              'said:\n      notBefore: 2026-02\n      notAfter: 2026-01\n      basis: The article says "this month", and was published in early February.',
            ),
          }
        : entry,
    );
    const { dataset, issues } = buildFromFiles(files, today);
    // "between February 2026 and January 2026" must not reach a page.
    expect(issues).toEqual([expect.objectContaining({ file: article, field: expect.stringMatching(/^statements\[0\]\.said/) })]);
    expect(dataset).toBeUndefined();
  });

  it('accepts a plain e-mail address in the article text (it is not a link the contributor wrote)', () => {
    const files = readFixture(path.join(projectRoot, 'tests/fixtures/minimal')).map((entry) =>
      entry.file === article ? { ...entry, text: `${entry.text}\nThe ministry's press office answers at press@example.com.\n` } : entry,
    );
    const { issues } = buildFromFiles(files, today);
    expect(issues).toEqual([]);
  });
});
