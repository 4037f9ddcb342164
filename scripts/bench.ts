// npm run bench: prints figures, asserts nothing. How long a contributor waits for `npm run validate` on
// the real content, pipeline speed and memory on generated content, and what a reader's browser
// downloads and waits for on a first and a second search of the large site.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildFromFiles } from '../src/pipeline/index.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { buildSite, projectRoot } from './lib/build-site.ts';
import { generateContent } from './fixtures/generate-content.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The validate command as a contributor runs it, start-up included: the median of nine runs. */
function validateCommand(): void {
  const seconds = Array.from({ length: 9 }, () => {
    const started = performance.now();
    execFileSync(process.execPath, [path.join(projectRoot, 'scripts/validate.ts')], { cwd: projectRoot, stdio: 'pipe' });
    return (performance.now() - started) / 1000;
  }).sort((a, b) => a - b);
  console.log(`validate command on content/ (start-up included, median of 9): ${seconds[4]!.toFixed(2)} s, fastest ${seconds[0]!.toFixed(2)} s`);
}

function pipeline(claims: number, statements: number): void {
  const files = generateContent({ claims, statements, seed: 7 }).map((file) => ({
    file: `content/${file.pathInContent}`,
    pathInContent: file.pathInContent,
    text: file.text,
  }));
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = buildFromFiles(files, '2026-11-22');
  const milliseconds = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed;
  if (!result.dataset) throw new Error(`generated content has ${result.issues.length} issues`);
  console.log(
    `pipeline ${claims} claims / ${statements} statements (${files.length} files): ${milliseconds.toFixed(0)} ms, ` +
      `${(milliseconds / files.length).toFixed(2)} ms per file, heap +${megabytes(heapAfter - heapBefore)}`,
  );
}

async function search(): Promise<void> {
  const contentDir = 'tests/.tmp/bench/content';
  rmSync(path.join(projectRoot, contentDir), { recursive: true, force: true });
  for (const file of generateContent({ claims: 60, statements: 360, seed: 1 })) {
    const target = path.join(projectRoot, contentDir, file.pathInContent);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  const buildStarted = performance.now();
  const build = await buildSite(contentDir, 'tests/.tmp/bench/dist');
  if (build.exitCode !== 0) throw new Error(build.output);
  console.log(`site build, 60 claims / 360 statements: ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);

  let bytes = 0;
  let files = 0;
  const server = await serveStatic(build.outDir, (_pathname, size) => {
    bytes += size;
    files += 1;
  });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/search/`);
    await page.waitForSelector('[data-search-app][data-state="ready"]');
    const pageBytes = bytes;
    const pageFiles = files;
    bytes = 0;
    files = 0;
    const firstStarted = performance.now();
    await page.fill('#search-q', 'territory');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('[data-search-results] > li');
    const firstMs = performance.now() - firstStarted;
    const firstBytes = bytes;
    const firstFiles = files;
    bytes = 0;
    files = 0;
    const secondStarted = performance.now();
    await page.fill('#search-q', 'pipeline');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => /“pipeline”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const secondMs = performance.now() - secondStarted;
    console.log(`search page, until Pagefind is ready (HTML, CSS, JS, wasm, filters): ${kilobytes(pageBytes)} in ${pageFiles} files, uncompressed`);
    console.log(`first search "territory": ${kilobytes(firstBytes)} in ${firstFiles} files, ${firstMs.toFixed(0)} ms to first results`);
    console.log(`second search "pipeline": ${kilobytes(bytes)} in ${files} files, ${secondMs.toFixed(0)} ms`);
    // A name in another alphabet loads the transliteration table and the site's names once.
    bytes = 0;
    files = 0;
    const cyrillicStarted = performance.now();
    await page.fill('#search-q', 'Алиев');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => !(document.querySelector('[data-search-rewrite]') as HTMLElement).hidden);
    console.log(`search "Алиев" (read as a Latin name): ${kilobytes(bytes)} in ${files} files, ${(performance.now() - cyrillicStarted).toFixed(0)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

validateCommand();
pipeline(60, 360);
pipeline(600, 5000);
await search();
