// Hostile content (issue 13). Input that would stall or crash the parsers is stopped by the limits scan
// before remark or YAML sees it, with the place and the limit named, in a fraction of a second (without
// the scan these ran for minutes or overflowed the stack). Invisible characters are refused with their
// code point and name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentLimits } from '../../src/pipeline/limits.ts';
import { parseContentFile } from '../../src/pipeline/parse.ts';
import { buildFromFiles } from '../../src/pipeline/index.ts';
import { readFixture } from '../fixture-files.ts';

const file = 'content/articles/x/hostile.md';
const real = readFileSync(path.resolve(import.meta.dirname, '../../content/articles/tehran-times/aliyev-will-not-allow-any-threat.md'), 'utf8');
const [, frontmatter] = real.split(/^---$/m);
const article = (body: string, yaml = frontmatter!) => `---${yaml}---\n${body}\n`;
const bodyLine = article('').split('\n').length - 1;

/**
 * The issues of a file over a limit. Over one in the frontmatter or in size, nothing is parsed; over one
 * only in the body, the frontmatter is read (and checked later) and the body is left unread.
 */
function issuesOf(text: string, read: 'nothing' | 'frontmatter' = 'frontmatter') {
  const result = parseContentFile(file, 'article', text);
  if (read === 'nothing') expect(result.parsed).toBeUndefined();
  else {
    expect(result.parsed?.bodyUnread).toBe(true);
    expect(result.parsed?.data).toMatchObject({ outlet: 'tehran-times' });
    expect(result.parsed?.body.children).toEqual([]);
  }
  return result.issues.map(({ line, column, message }) => ({ line, column, message }));
}

/** The issue's pathological inputs, each with exactly what is reported (line, column, message) and what is read. */
const headlineWithBrackets = frontmatter!.replace(/^headline: .*$/m, `headline: ${'['.repeat(20_000)}`);
const headlineLine =
  article('', frontmatter)
    .split('\n')
    .findIndex((text) => text.startsWith('headline: ')) + 1;
const tenMegabytes = article('word '.repeat(10_000_000 / 5));
const limitCases: { name: string; text: () => string; read: 'nothing' | 'frontmatter'; issues: { line: number; column: number; message: string }[] }[] = [
  {
    name: 'a paragraph of 20,000 `*_` (validate ran 118 s, then passed)',
    text: () => article('Text ' + '*_'.repeat(20_000)),
    read: 'frontmatter',
    issues: [
      { line: bodyLine, column: 5 + contentLimits.delimitersPerParagraph + 1, message: 'has more than 500 of the characters * _ ~ [ ] in one paragraph' },
    ],
  },
  {
    name: '5,000 `>` (the stack overflowed)',
    text: () => article('>'.repeat(5_000) + ' deep'),
    read: 'frontmatter',
    issues: [{ line: bodyLine, column: 13, message: 'opens more than 12 block quotes or lists on one line' }],
  },
  {
    name: 'a list nested 200 deep by indentation',
    text: () => article(Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')),
    read: 'frontmatter',
    issues: [{ line: bodyLine + 33, column: 1, message: 'is indented more than 64 columns' }],
  },
  {
    name: 'a list nested 2,000 deep on one line (ran for minutes)',
    text: () => article('- '.repeat(2_000) + 'x'),
    read: 'frontmatter',
    issues: [{ line: bodyLine, column: 25, message: 'opens more than 12 block quotes or lists on one line' }],
  },
  {
    name: '20,000 `[` in the frontmatter (the stack overflowed)',
    text: () => article('Body.', headlineWithBrackets),
    read: 'nothing',
    issues: [{ line: headlineLine, column: 11 + 32, message: 'nests brackets more than 32 deep' }],
  },
  {
    name: 'a right-to-left override and 20,000 `*_` in one file: both, in one run',
    text: () => article('Hidden \u202E here.\n\nText ' + '*_'.repeat(20_000)),
    read: 'frontmatter',
    issues: [
      { line: bodyLine, column: 8, message: 'has U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that can disguise text' },
      { line: bodyLine + 2, column: 5 + contentLimits.delimitersPerParagraph + 1, message: 'has more than 500 of the characters * _ ~ [ ] in one paragraph' },
    ],
  },
  {
    name: 'a 10 MB article (was accepted, validate 49 s)',
    text: () => tenMegabytes,
    read: 'nothing',
    issues: [{ line: 1, column: 1, message: `is ${Math.ceil(Buffer.byteLength(tenMegabytes) / 1024)} KB, over the limit of 256 KB a content file` }],
  },
];

describe('content limits', () => {
  // Each pathological input must be refused within 2 s: a slower parse would be reported as over the
  // time budget instead of the limit these tests expect.
  beforeAll(() => {
    process.env.CLAIM_TRACKER_PARSE_BUDGET_MS = '2000';
  });
  afterAll(() => {
    delete process.env.CLAIM_TRACKER_PARSE_BUDGET_MS;
  });

  it('leave real content alone', () => {
    expect(parseContentFile(file, 'article', real).issues).toEqual([]);
  });

  for (const { name, text, read, issues } of limitCases) {
    it(`refuse ${name}, within 2 s, at the line and column where it goes over, naming the limit`, () => {
      expect(issuesOf(text(), read)).toEqual(issues);
    });
  }

  it('still check the frontmatter of a file over a limit only in its body, without reporting its quotes as missing from the unread body', () => {
    const minimal = readFixture(path.resolve(import.meta.dirname, '../fixtures/minimal'));
    const target = minimal.find((entry) => entry.file.startsWith('content/articles/'))!;
    const [, yaml, body] = target.text.split(/^---$/m);
    const broken = `---${yaml!.replace('language: en', 'language: english')}---${body}\n${'*_'.repeat(300)}\n`;
    const { dataset, issues } = buildFromFiles(
      minimal.map((entry) => (entry === target ? { ...entry, text: broken } : entry)),
      '2026-11-22',
    );
    expect(dataset).toBeUndefined();
    expect(issues.map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'language: "english" is not a BCP 47 language tag',
      ': has more than 500 of the characters * _ ~ [ ] in one paragraph',
    ]);
  });

  it('report a file whose parse takes longer than the time budget, and keep no parse of it in the cache', () => {
    const kept = new Map<string, unknown>();
    const cache = { keyOf: (text: string) => text, get: () => undefined, set: (key: string, parse: unknown) => kept.set(key, parse) };
    process.env.CLAIM_TRACKER_PARSE_BUDGET_MS = '0';
    try {
      const result = parseContentFile(file, 'article', real, cache);
      expect(result.parsed).toBeUndefined();
      expect(result.issues).toEqual([
        {
          file,
          line: 1,
          column: 1,
          field: '',
          message: expect.stringMatching(/^took \d+\.\d+ s to read, over the 0\.00 s a content file may take$/) as string,
          hint: expect.stringContaining('a file this slow would stall every build') as string,
        },
      ]);
      expect(kept.size).toBe(0);
    } finally {
      process.env.CLAIM_TRACKER_PARSE_BUDGET_MS = '2000';
    }
    expect(parseContentFile(file, 'article', real, cache).issues).toEqual([]);
    expect(kept.size).toBe(1);
  });
});

describe('invisible characters', () => {
  it('are refused wherever they are, each with its code point, name, line and column', () => {
    const yaml = frontmatter!.replace(/^headline: "(.*)"$/m, 'headline: "Tehran\u202Ecod.exe"');
    const headlineLine =
      article('', yaml)
        .split('\n')
        .findIndex((text) => text.startsWith('headline: ')) + 1;
    const text = article('NUL\u0000 BEL\u0007 ESC\u001b DEL\u007f zero\u200bwidth', yaml);
    const issues = parseContentFile(file, 'article', text).issues.map(({ line, column, message }) => ({ line, column, message }));
    expect(issues).toEqual([
      { line: headlineLine, column: 18, message: 'has U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that can disguise text' },
      { line: bodyLine, column: 4, message: 'has U+0000 NULL, an invisible character that can disguise text' },
      { line: bodyLine, column: 9, message: 'has U+0007 BELL, an invisible character that can disguise text' },
      { line: bodyLine, column: 14, message: 'has U+001B ESCAPE, an invisible character that can disguise text' },
      { line: bodyLine, column: 19, message: 'has U+007F DELETE, an invisible character that can disguise text' },
      { line: bodyLine, column: 25, message: 'has U+200B ZERO WIDTH SPACE, an invisible character that can disguise text' },
    ]);
  });

  it('keep the zero-width non-joiner between Persian letters, and refuse it between Latin ones', () => {
    expect(parseContentFile(file, 'article', article('Persian: الهام علی\u200Cاف.')).issues).toEqual([]);
    expect(parseContentFile(file, 'article', article('Ali\u200Cyev.')).issues.map(({ message }) => message)).toEqual([
      'has U+200C ZERO WIDTH NON-JOINER, an invisible character outside the scripts that need it',
    ]);
  });

  it('are not confused with text in Unicode normal form: decomposed accents are composed (NFC) and nothing is lost', () => {
    const decomposed = 'Ilham \u018Fliyev and Jose\u0301';
    const { parsed, issues } = parseContentFile(file, 'article', article(decomposed));
    expect(issues).toEqual([]);
    expect(parsed!.bodyText).toContain('Ilham Əliyev and José');
    expect(parsed!.bodyText).not.toContain('e\u0301');
  });
});
