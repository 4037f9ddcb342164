// Hostile content that would stall or crash the parsers (issue 13): each is stopped by the limits scan
// before remark or YAML sees it, with the place and the limit named, in a fraction of a second. Without the
// scan these ran for minutes or overflowed the stack.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentLimits } from '../../src/pipeline/limits.ts';
import { parseContentFile } from '../../src/pipeline/parse.ts';

const file = 'content/articles/x/hostile.md';
const real = readFileSync(path.resolve(import.meta.dirname, '../../content/articles/tehran-times/aliyev-will-not-allow-any-threat.md'), 'utf8');
const [, frontmatter] = real.split(/^---$/m);
const article = (body: string, yaml = frontmatter!) => `---${yaml}---\n${body}\n`;
const bodyLine = article('').split('\n').length - 1;

function issuesOf(text: string) {
  const result = parseContentFile(file, 'article', text);
  expect(result.parsed).toBeUndefined();
  return result.issues.map(({ line, column, message }) => ({ line, column, message }));
}

describe('content limits', () => {
  it('leave real content alone', () => {
    expect(parseContentFile(file, 'article', real).issues).toEqual([]);
  });

  it('stop a paragraph of 20,000 `*_` at its 501st delimiter', () => {
    expect(issuesOf(article('Text ' + '*_'.repeat(20_000)))).toEqual([
      { line: bodyLine, column: 5 + contentLimits.delimitersPerParagraph + 1, message: 'has more than 500 of the characters * _ ~ [ ] in one paragraph' },
    ]);
  });

  it('stop 5,000 `>` and a list nested 200 deep (2,000 is over the size limit), at the line and column where they go over', () => {
    expect(issuesOf(article('>'.repeat(5_000) + ' deep'))).toEqual([
      { line: bodyLine, column: 13, message: 'opens more than 12 block quotes or lists on one line' },
    ]);
    const nested = Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    expect(issuesOf(article(nested))).toEqual([{ line: bodyLine + 33, column: 1, message: 'is indented more than 64 columns' }]);
    expect(issuesOf(article('- '.repeat(2_000) + 'x'))).toEqual([
      { line: bodyLine, column: 25, message: 'opens more than 12 block quotes or lists on one line' },
    ]);
  });

  it('stop 20,000 `[` in the frontmatter at the 33rd', () => {
    const yaml = frontmatter!.replace(/^headline: .*$/m, `headline: ${'['.repeat(20_000)}`);
    const line =
      article('', yaml)
        .split('\n')
        .findIndex((text) => text.startsWith('headline: ')) + 1;
    expect(issuesOf(article('Body.', yaml))).toEqual([{ line, column: 11 + 32, message: 'nests brackets more than 32 deep' }]);
  });

  it('refuse a file over 256 KB, saying how large it is', () => {
    expect(issuesOf(article('word '.repeat(2_200_000 / 5)))).toEqual([
      {
        line: 1,
        column: 1,
        message: `is ${Math.ceil(Buffer.byteLength(article('word '.repeat(2_200_000 / 5))) / 1024)} KB, over the limit of 256 KB a content file`,
      },
    ]);
  });
});
