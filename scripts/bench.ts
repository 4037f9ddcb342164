// npm run bench [-- --articles 1000,10000] [--no-record]: prints figures, asserts nothing. For each size it
// generates content, then measures validation (cold, warm, one changed file), the build by phase with
// each process's peak memory, the largest pages, and what a reader's browser downloads and waits for on
// a first and a second search. It also times the floor (reading and YAML-parsing every file; writing as
// many HTML files of the same total size) and prints each figure as a ratio to it, so that a noisy
// machine still gives comparable numbers. The results are added to BENCHMARKS.md, newest first.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { generateContent, optionsForArticles } from './fixtures/generate-content.ts';
import { launchBrowser } from './lib/browser.ts';
import { startDevServer } from './lib/dev-server.ts';
import { projectRoot } from './lib/build-site.ts';
import { builtHtmlFiles } from '../src/site/built-pages.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, 'no-record': { type: 'boolean', default: false } } });
const sizes = values.articles.split(',').map((value) => Number(value.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 20)) throw new Error('--articles takes whole numbers of at least 20, comma-separated');

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * Runs a command, sampling the resident memory of it and every process it starts; the peak per program
 * name, and the command's own peak in each phase its log marks (a phase starts when its line is printed).
 */
function measure(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  phases: [name: string, startsWith: RegExp][] = [],
): Promise<{ ms: number; output: string; peakKb: Map<string, number>; phasePeakKb: Map<string, number> }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1', ...env } });
    let output = '';
    let phase = 'start';
    const phasePeakKb = new Map<string, number>();
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      for (const [name, marker] of phases) if (marker.test(chunk.toString())) phase = name;
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    const peakKb = new Map<string, number>();
    const tree = (pid: number): number[] => {
      try {
        const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
          readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
        );
        return [pid, ...children.flatMap(tree)];
      } catch {
        return [];
      }
    };
    const sample = setInterval(() => {
      for (const pid of tree(child.pid!)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          const name = /^Name:\s+(\S+)/m.exec(status)?.[1] ?? String(pid);
          const rss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
          peakKb.set(name, Math.max(peakKb.get(name) ?? 0, rss));
          if (pid === child.pid) phasePeakKb.set(phase, Math.max(phasePeakKb.get(phase) ?? 0, rss));
        } catch {
          // The process ended between listing and reading.
        }
      }
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
      else resolve({ ms: performance.now() - started, output, peakKb, phasePeakKb });
    });
  });
}

const node = process.execPath;
const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** The floor: what any tool must do with this content, timed on this machine now. */
function floor(contentDir: string, totalHtmlBytes: number, htmlFiles: number): { readMs: number; writeMs: number } {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  let started = performance.now();
  for (const file of files) {
    const text = readFileSync(path.join(contentDir, file), 'utf8');
    parseYaml(text.slice(4, text.indexOf('\n---', 4)));
  }
  const readMs = performance.now() - started;
  const out = path.join(projectRoot, 'tests/.tmp/bench-floor');
  rmSync(out, { recursive: true, force: true });
  const page = 'x'.repeat(Math.max(1, Math.round(totalHtmlBytes / Math.max(1, htmlFiles))));
  started = performance.now();
  for (let index = 0; index < htmlFiles; index += 1) {
    const folder = path.join(out, String(Math.floor(index / 1000)), String(index));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.html'), page);
  }
  const writeMs = performance.now() - started;
  rmSync(out, { recursive: true, force: true });
  return { readMs, writeMs };
}

/**
 * The contributor's loop in `npm run dev`: from saving an edited headline to the article's page served
 * with it, three times; the dev server's memory at the end.
 */
async function devReload(contentDir: string, articleFile: string): Promise<string> {
  const page = `/articles/${path.basename(articleFile, '.md')}/`;
  const started = performance.now();
  const server = await startDevServer(contentDir, page);
  const ready = performance.now() - started;
  const times: number[] = [];
  try {
    for (const round of [1, 2, 3]) {
      const marker = `Edited by the benchmark, round ${round}`;
      // The headline with any continuation lines of a long one (YAML folds it onto indented lines).
      writeFileSync(articleFile, readFileSync(articleFile, 'utf8').replace(/^headline:.*(?:\n[ \t]+.*)*$/m, `headline: "${marker}"`));
      const saved = performance.now();
      for (;;) {
        const html = await fetch(`${server.origin}${page}`).then((response) => response.text());
        if (html.includes(marker)) break;
        // A dev server that never shows the edit is a finding, not a reason to wait for ever.
        if (performance.now() - saved > 60_000) throw new Error(`npm run dev did not show the edited ${page} within 60 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      times.push(performance.now() - saved);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    await server.close();
  }
  return `npm run dev: first page served ${seconds(ready)} after start; an edited article shown ${times.map(seconds).join(', ')} after saving`;
}

/** Every HTML file of a built site with its size. */
function htmlSizes(dir: string): { file: string; bytes: number }[] {
  return builtHtmlFiles(dir).map((file) => ({ file, bytes: statSync(path.join(dir, file)).size }));
}

/**
 * What a file weighs on the wire from a host that compresses text (gzip, level 6; Brotli would be smaller):
 * Pagefind's own files (index, fragments, filters, metadata, WebAssembly) are compressed already.
 */
function compressedSize(file: string, size: number): number {
  return /\.(html|css|js|mjs|json|svg|xml|txt)$/.test(file) ? gzipSync(readFileSync(file), { level: 6 }).length : size;
}

/**
 * A first and a second search in Chromium: what was served until the first results were on screen, and
 * how long that took. Requests are timed on the server (Pagefind fetches from a worker the page cannot
 * see), the first result in the page, both by the same clock.
 */
async function search(outDir: string): Promise<string[]> {
  const served: { at: number; bytes: number; compressed: number }[] = [];
  const server = await serveStatic(outDir, (_pathname, size, file) => served.push({ at: Date.now(), bytes: size, compressed: compressedSize(file, size) }));
  const browser = await launchBrowser();
  const lines: string[] = [];
  const since = (from: number, until: number) => served.filter((request) => request.at >= from && request.at <= until);
  const total = (requests: { bytes: number }[]) => requests.reduce((sum, request) => sum + request.bytes, 0);
  const compressed = (requests: { compressed: number }[]) => requests.reduce((sum, request) => sum + request.compressed, 0);
  try {
    const page = await (await browser.newContext()).newPage();
    const opened = Date.now();
    await page.goto(`${server.origin}/search/`);
    await page.waitForSelector('[data-search-app][data-state="ready"]');
    const ready = since(opened, Date.now());
    lines.push(`search page until ready: ${kilobytes(total(ready))} in ${ready.length} files (${kilobytes(compressed(ready))} compressed)`);
    for (const [position, query] of ['territory', 'pipeline', 'Алиев'].entries()) {
      // The moment the first result is on screen, or the page says there is none, by the page's clock.
      await page.evaluate(() => {
        const marker = window as unknown as { answered?: number | undefined };
        const results = document.querySelector('[data-search-results]')!;
        const status = document.querySelector('[data-search-status]')!;
        marker.answered = undefined;
        results.replaceChildren();
        const observer = new MutationObserver(() => {
          if (results.children.length > 0 || /^0 results/.test(status.textContent ?? '')) {
            marker.answered ??= Date.now();
            observer.disconnect();
          }
        });
        observer.observe(results, { childList: true });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      const started = Date.now();
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => (window as unknown as { answered?: number }).answered !== undefined);
      const answered = await page.evaluate(() => (window as unknown as { answered: number }).answered);
      const requests = since(started, answered);
      lines.push(
        `search "${query}": ${kilobytes(total(requests))} in ${requests.length} files until the first result (${kilobytes(compressed(requests))} compressed), ${answered - started} ms` +
          (position === 0 ? `; from opening the page, ${kilobytes(compressed(ready) + compressed(requests))} compressed` : ''),
      );
      // Let what loads after the answer (the filters) finish before the next query.
      await page.waitForTimeout(1500);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}

async function benchmark(articles: number): Promise<string[]> {
  const folder = path.join(projectRoot, `tests/.tmp/bench-${articles}`);
  const contentDir = path.join(folder, 'content');
  const outDir = path.join(folder, 'dist');
  rmSync(folder, { recursive: true, force: true });
  const started = performance.now();
  const generated = generateContent(optionsForArticles(articles, 7));
  for (const file of generated) {
    const target = path.join(contentDir, file.pathInContent);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  const lines = [
    `generated ${generated.length} files (${generated.filter((file) => file.pathInContent.startsWith('articles/')).length} articles) in ${seconds(performance.now() - started)}`,
  ];
  const relative = path.relative(projectRoot, contentDir);

  // Validation: cold (no parse cache), warm, and with one article changed.
  const cache = path.join(projectRoot, 'node_modules/.cache/claim-tracker');
  rmSync(cache, { recursive: true, force: true });
  // What `npm run validate` runs (its Node flags included), without npm's own start-up.
  const validateCommand = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { validate: string } }).scripts.validate
    .split(' ')
    .slice(1);
  const validate = (...extra: string[]) => measure(node, [...validateCommand, '--content', relative, ...extra]);
  const cold = await validate();
  const warm = await validate();
  const changedFile = path.join(relative, 'articles', readdirSync(path.join(contentDir, 'articles'))[0]!);
  const article = readdirSync(changedFile).find((name) => name.endsWith('.md'))!;
  appendFileSync(path.join(changedFile, article), '\nA line added by the benchmark.\n');
  const changed = await validate('--changed', path.join(changedFile, article));
  const dev = await devReload(relative, path.join(projectRoot, changedFile, article));

  // The build, by phase from its log, and each program's peak memory.
  // The build's own memory by phase: the content check and render, the share cards, then Pagefind (its own process).
  const buildPhases: [string, RegExp][] = [
    ['checking content', /content-check/],
    ['rendering pages', /generating static routes/],
    ['after the pages (share cards)', /Completed in [\d.]+m?s\.?\s*$/m],
    ['after the share cards (headers, Pagefind)', /share-cards\]/],
  ];
  const build = await measure(node, [astro, 'build'], { CLAIM_TRACKER_CONTENT: relative, CLAIM_TRACKER_OUT_DIR: outDir }, buildPhases);
  const phase = (pattern: RegExp) => {
    const match = pattern.exec(build.output);
    return match ? match[1] : '?';
  };
  // A second build after one article changed: what a pull request's preview costs.
  appendFileSync(path.join(changedFile, article), '\nAnother line added by the benchmark.\n');
  const rebuild = await measure(node, [astro, 'build'], { CLAIM_TRACKER_CONTENT: relative, CLAIM_TRACKER_OUT_DIR: outDir });
  const pages = htmlSizes(outDir);
  const largest = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  const totalHtml = pages.reduce((sum, page) => sum + page.bytes, 0);
  const { readMs, writeMs } = floor(contentDir, totalHtml, pages.length);
  const ratio = (ms: number, base: number) => `${(ms / base).toFixed(1)}× floor`;

  lines.push(
    `floor: read and YAML-parse every file ${seconds(readMs)}; write ${pages.length} HTML files (${megabytes(totalHtml / 1024)}) ${seconds(writeMs)}`,
    `validate cold ${seconds(cold.ms)} (${ratio(cold.ms, readMs)}), warm ${seconds(warm.ms)} (${ratio(warm.ms, readMs)}), one changed file ${seconds(changed.ms)} (${ratio(changed.ms, readMs)}); peak ${megabytes(Math.max(...cold.peakKb.values()))}`,
    `build ${seconds(build.ms)} (${ratio(build.ms, readMs + writeMs)}): pages ${phase(/generating static routes[\s\S]*?Completed in ([^.]+\.?\d*m?s)/)}, ` +
      `share cards ${phase(/share-cards\] .*? in ([\d.]+ s)/)} (${phase(/share-cards\] [^(]*\((\d+) drawn/)} drawn, cold), ` +
      `search index ${phase(/pagefind\] indexed .*? in ([\d.]+ s)/)} (${phase(/pagefind\] indexed (\d+) /)} of ${pages.length} pages); peak memory ${[...build.peakKb].map(([name, kb]) => `${name} ${megabytes(kb)}`).join(', ')}`,
    `build process's peak memory by phase: ${['start', ...buildPhases.map(([name]) => name)]
      .filter((name) => build.phasePeakKb.has(name))
      .map((name) => `${name} ${megabytes(build.phasePeakKb.get(name)!)}`)
      .join(', ')}`,
    `rebuild after one changed article ${seconds(rebuild.ms)} (share cards ${/share-cards\] .*? in ([\d.]+ s)/.exec(rebuild.output)?.[1] ?? '?'})`,
    dev,
    `largest pages: ${largest.map((page) => `${page.file} ${kilobytes(page.bytes)}`).join(', ')}`,
    ...(await search(outDir)),
  );
  return lines;
}

function versionOf(name: string): string {
  return (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${megabytes(os.totalmem() / 1024)} memory, load ${os
  .loadavg()
  .map((load) => load.toFixed(1))
  .join(' ')}`;
const versions = `Node ${process.version}, Astro ${versionOf('astro')}, Pagefind ${versionOf('pagefind')}, Chromium ${execFileSync(
  '/usr/bin/chromium',
  ['--version'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
)
  .trim()
  .split(' ')
  .at(-1)}`;
const report = [`## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, '', `${machine}; ${versions}.`, ''];
for (const size of sizes) {
  const lines = await benchmark(size);
  console.log(`\n${size} articles\n${lines.map((line) => `  ${line}`).join('\n')}`);
  report.push(`### ${size} articles`, '', ...lines.map((line) => `- ${line}`), '');
}

if (!values['no-record']) {
  const file = path.join(projectRoot, 'BENCHMARKS.md');
  const header = '# Benchmarks\n\nWritten by `npm run bench` (newest first). Each figure is also given as a ratio to the floor measured in the same run.\n\n';
  const previous = existsSync(file) ? readFileSync(file, 'utf8').replace(header, '') : '';
  writeFileSync(file, `${header}${report.join('\n')}\n${previous}`);
  console.log(`\nadded to ${path.relative(process.cwd(), file)}`);
}
