// A parse from the cache gives what a fresh parse gives: the same dataset, and every issue at the same place.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildFromFiles, createLoadMemo, loadContent } from '../../src/pipeline/index.ts';
import { kindOfPath } from '../../src/pipeline/parse.ts';
import { openParseCache } from '../../src/pipeline/parse-cache.ts';
import { parseMissingInThreads } from '../../src/pipeline/parse-threads.ts';
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

describe("the dev server's memo of earlier loads", () => {
  it('reads and parses again only what changed, and forgets a removed file', async () => {
    const contentDir = 'tests/.tmp/load-memo/content';
    const absolute = path.join(root, contentDir);
    rmSync(absolute, { recursive: true, force: true });
    cpSync(path.join(root, 'tests/fixtures/good/content'), absolute, { recursive: true });
    const memo = createLoadMemo();
    const load = () => loadContent({ root, contentDir, today, parseCache: false, memo });
    const first = await load();
    expect(first.issues).toEqual([]);
    const parses = memo.parses.size;
    expect(parses).toBe(first.fileCount);

    const article = path.join(absolute, 'articles/tehran-times/aliyev-will-not-allow-any-threat.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^headline: .*$/m, 'headline: "Edited since the last load"'));
    const second = await load();
    expect(second.dataset!.articlesById.get('aliyev-will-not-allow-any-threat')!.data.headline).toBe('Edited since the last load');
    expect(memo.parses.size).toBe(parses + 1); // only the edited file was parsed

    rmSync(article);
    const third = await load();
    expect(third.fileCount).toBe(first.fileCount - 1);
    expect(memo.texts.size).toBe(first.fileCount - 1);
    expect(third.issues).toEqual([]);
    expect(third.dataset!.articlesById.has('aliyev-will-not-allow-any-threat')).toBe(false);
  });

  it('checks each load against the schemas: a file broken then mended, and the same text in another kind of folder', async () => {
    const contentDir = 'tests/.tmp/load-memo-schemas/content';
    const absolute = path.join(root, contentDir);
    rmSync(absolute, { recursive: true, force: true });
    cpSync(path.join(root, 'tests/fixtures/good/content'), absolute, { recursive: true });
    const memo = createLoadMemo();
    const load = async () => (await loadContent({ root, contentDir, today, parseCache: false, memo })).issues.map((issue) => `${issue.file} ${issue.field}`);
    expect(await load()).toEqual([]);

    const official = path.join(absolute, 'officials/ilham-aliyev.md');
    const text = readFileSync(official, 'utf8');
    writeFileSync(official, text.replace('kind: person', 'kind: persona'));
    expect(await load()).toEqual([`${contentDir}/officials/ilham-aliyev.md kind`]);
    writeFileSync(official, text); // the same text as at first: the same parse, checked again
    expect(await load()).toEqual([]);

    // An official's text as a claim: the parse is the one the official has, the schema is a claim's.
    writeFileSync(path.join(absolute, 'claims/ilham-aliyev.md'), text);
    expect((await load()).filter((issue) => issue.startsWith(`${contentDir}/claims/ilham-aliyev.md`)).length).toBeGreaterThan(0);
  });
});

describe('parsing on worker threads', () => {
  it('gives the cache what parsing in the pipeline gives: the same dataset, the same issues at the same places', async () => {
    for (const fixture of ['tests/fixtures/good', 'tests/fixtures/broken/several-mistakes']) {
      const cacheFile = path.join(root, `tests/.tmp/parse-threads-${path.basename(fixture)}.sqlite`);
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${cacheFile}${suffix}`, { force: true });
      const files = readFixture(path.join(root, fixture));
      const cache = (await openParseCache(root, cacheFile))!;
      const contentFiles = files.flatMap((entry) => {
        const kind = kindOfPath(entry.pathInContent);
        return kind ? [{ ...entry, kind }] : [];
      });
      expect(await parseMissingInThreads(contentFiles, cache, { threads: 2, fewestFiles: 1 })).toBe(contentFiles.length);
      // Every file is now in the cache: the pipeline parses none itself.
      let misses = 0;
      const counting = { ...cache, get: (key: string) => cache.get(key) ?? (misses++, undefined) };
      const threaded = buildFromFiles(files, today, [], counting);
      cache.flush();
      const fresh = buildFromFiles(files, today);
      expect(misses).toBe(0);
      expect(threaded.issues).toEqual(fresh.issues);
      expect(threaded.dataset?.statements.map((statement) => statement.reports.map((report) => report.text))).toEqual(
        fresh.dataset?.statements.map((statement) => statement.reports.map((report) => report.text)),
      );
      expect(threaded.dataset?.articles.map((article) => article.bodyHtml)).toEqual(fresh.dataset?.articles.map((article) => article.bodyHtml));
    }
  });
});

describe('a new cache file opened by several processes at once', () => {
  // The tests, `astro check` and the builds beside them all open one cache; a process that could not
  // open it parsed without it and kept no index for `validate --changed` (CI, session 7).
  it('is opened by every one of them', async () => {
    const run = promisify(execFile);
    const script = `const { openParseCache } = await import(${JSON.stringify(path.join(root, 'src/pipeline/parse-cache.ts'))});
const cache = await openParseCache(process.cwd(), process.argv[1]);
cache?.flush();
console.log(cache ? 'opened' : 'not opened');`;
    const opened = async () => (await run(process.execPath, ['--input-type=module', '--eval', script, cacheFile], { cwd: root })).stdout.trim();
    const cacheFile = path.join(root, 'tests/.tmp/parse-cache-shared.sqlite');
    for (let round = 0; round < 2; round++) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${cacheFile}${suffix}`, { force: true });
      expect(await Promise.all(Array.from({ length: 8 }, opened))).toEqual(Array(8).fill('opened'));
    }
  });
});
