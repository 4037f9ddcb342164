// What a changed file refers to, for `npm run validate -- --changed`: every file whose problems it answers for.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencedFiles } from '../../src/contributor/changed.ts';

const good = path.resolve(import.meta.dirname, '../fixtures/good');
const refs = (file: string) => referencedFiles(`content/${file}`, readFileSync(path.join(good, 'content', file), 'utf8'), 'content').sort();

describe('referencedFiles', () => {
  it('names the outlet, speakers, claims, events and every outlet of a chain of reports', () => {
    expect(refs('articles/test-lens-blog/baku-silent-on-warships.md')).toEqual([
      'content/claims/outside-warships-may-use-azerbaijans-caspian-ports.md',
      'content/officials/arif-testov.md',
      'content/sources/caspian-wire-test.md',
      'content/sources/iran-navy-test-bulletin.md',
      'content/sources/test-lens-blog.md',
    ]);
    expect(refs('articles/az-mod-test-bulletin/testov-nemoudar-call.md')).toEqual([
      'content/claims/outside-warships-may-use-azerbaijans-caspian-ports.md',
      'content/events/testov-nemoudar-call.md',
      'content/officials/arif-testov.md',
      'content/sources/az-mod-test-bulletin.md',
    ]);
  });

  it('names an event’s participants, and nothing for words in a chain', () => {
    expect(refs('events/testov-nemoudar-call.md')).toEqual(['content/officials/arif-testov.md', 'content/officials/dariush-nemoudar.md']);
    expect(refs('articles/lunartech-lens/tehran-no-evidence-against-azerbaijan.md')).toEqual([
      'content/claims/azerbaijan-lets-israel-use-its-territory-against-iran.md',
      'content/claims/several-countries-have-offered-to-assist-iran.md',
      'content/officials/iran-security-agencies.md',
      'content/sources/lunartech-lens.md',
    ]);
  });
});
