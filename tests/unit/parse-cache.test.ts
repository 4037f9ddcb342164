// A parse from the cache gives what a fresh parse gives: the same dataset, and every issue at the same place.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromFiles } from '../../src/pipeline/index.ts';
import { openParseCache } from '../../src/pipeline/parse-cache.ts';
import { readFixture } from '../fixture-files.ts';

const root = path.resolve(import.meta.dirname, '../..');
const today = '2026-11-22';

/** Builds the files three ways: without a cache, filling a new cache, and from that cache. */
async function threeWays(fixture: string) {
  const cacheFile = path.join(root, `tests/.tmp/parse-cache-${path.basename(fixture)}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${cacheFile}${suffix}`, { force: true });
  const files = readFixture(path.join(root, fixture));
  const fresh = buildFromFiles(files, today);
  const filling = await openParseCache(root, cacheFile);
  expect(filling).toBeDefined();
  const first = buildFromFiles(files, today, [], filling);
  filling!.flush();
  const reading = await openParseCache(root, cacheFile);
  let hits = 0;
  const counting = { ...reading!, get: (key: string) => ((hits += reading!.get(key) ? 1 : 0), reading!.get(key)) };
  const cached = buildFromFiles(files, today, [], counting);
  reading!.flush();
  return { fresh, first, cached, hits, files };
}

describe('the parse cache', () => {
  it('gives the same dataset as a fresh parse, every file from the cache', async () => {
    const { fresh, cached, hits, files } = await threeWays('tests/fixtures/good');
    expect(hits).toBe(files.length);
    expect(cached.issues).toEqual([]);
    const [before, after] = [fresh.dataset!, cached.dataset!];
    expect(after.statements.map((statement) => [statement.id, statement.reports.map((report) => report.text)])).toEqual(
      before.statements.map((statement) => [statement.id, statement.reports.map((report) => report.text)]),
    );
    // Bodies render the same from a cached tree (which keeps no positions), paragraph anchors included.
    for (const article of before.articles) {
      expect(after.articlesById.get(article.id)!.bodyHtml, article.id).toBe(article.bodyHtml);
      expect([...after.articlesById.get(article.id)!.passageAnchors]).toEqual([...article.passageAnchors]);
    }
  });

  it('puts every issue at the same file, line and column, in the frontmatter and in the body', async () => {
    const { fresh, first, cached, hits } = await threeWays('tests/fixtures/broken/several-mistakes');
    expect(hits).toBeGreaterThan(3);
    expect(fresh.issues.length).toBeGreaterThan(8);
    expect(first.issues).toEqual(fresh.issues);
    expect(cached.issues).toEqual(fresh.issues);
  });
});
