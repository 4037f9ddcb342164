// The hostile-string corpora (tests/xss-corpus.ts) in every kind of frontmatter string field (outlet and
// official names, aliases, a claim's proposition, short form and status reason, headlines, statement
// text), built into a site: each string is either refused by validation at its file and line, or shown
// on its page as the very text written (escaped, not dropped), and no page of the site then has an event
// handler, a script or address that is not ours, invalid HTML, a broken link or a JSON-LD block they break
// out of; searched in Chromium, they come back as text.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../scripts/lib/check-built-site.ts';
import { buildFromFiles } from '../../src/pipeline/index.ts';
import type { ContentIssue } from '../../src/pipeline/issues.ts';
import { urls } from '../../src/site/urls.ts';
import { readFixture } from '../fixture-files.ts';
import { xssCorpus } from '../xss-corpus.ts';
import { buildSite, htmlFiles, projectRoot, readPage, type BuildOutcome } from './build-helpers.ts';
import { jsonLdBlocks, jsonLdOpenings } from './json-ld.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const today = '2026-11-22';
const contentDir = 'tests/.tmp/sites/hostile/content';
const outDir = 'tests/.tmp/sites/hostile/dist';

/** The fields a group of four files gives strings to, in order. */
const fields = ['outlet name', 'official name', 'official alias', 'proposition', 'short', 'status reason', 'headline', 'statement text'] as const;
type Field = (typeof fields)[number];

/** Every string of the corpora (1,217), each in one field, the fields in turn: 153 groups of four files (the build takes ~10 s). */
const payloads = xssCorpus.flatMap((corpus) => corpus.payloads);
const groups = Math.ceil(payloads.length / fields.length);

/** A neutral value for a refused string: distinct per group even once look-alike letters and digits are folded. */
const neutral = (field: Field, group: number) =>
  `Neutral ${field} ${[...String(group)].map((digit) => ['ka', 'le', 'mi', 'no', 'pu', 'ra', 'se', 'ti', 'vo', 'zu'][Number(digit)]).join('')}`;

/** A YAML double-quoted string (JSON's escapes are YAML's). */
const quoted = (text: string) => JSON.stringify(text);

/** The files of one group, each with the line every field is written on. */
function groupFiles(group: number, value: (field: Field) => string) {
  const files: { file: string; pathInContent: string; text: string; lines: Partial<Record<Field, number>> }[] = [];
  const add = (pathInContent: string, lines: [string, Field?][]) => {
    const at: Partial<Record<Field, number>> = {};
    lines.forEach(([, field], index) => {
      if (field) at[field] = index + 1;
    });
    files.push({ file: `content/${pathInContent}`, pathInContent, text: `${lines.map(([line]) => line).join('\n')}\n`, lines: at });
  };
  add(`sources/hostile-outlet-${group}.md`, [
    ['---'],
    [`name: ${quoted(value('outlet name'))}`, 'outlet name'],
    [`homepage: https://hostile-${group}.example/`],
    ['kind: private-outlet'],
    ['languages: [en]'],
    ['---'],
  ]);
  add(`officials/hostile-official-${group}.md`, [
    ['---'],
    [`name: ${quoted(value('official name'))}`, 'official name'],
    ['kind: person'],
    [`aliases: [${quoted(value('official alias'))}]`, 'official alias'],
    ['---'],
  ]);
  add(`claims/hostile-claim-${group}.md`, [
    ['---'],
    [`proposition: ${quoted(value('proposition'))}`, 'proposition'],
    [`short: ${quoted(value('short'))}`, 'short'],
    ['countries: [AZ]'],
    ['statusHistory:'],
    [`  - date: ${today}`],
    ['    status: denied'],
    [`    reason: ${quoted(value('status reason'))}`, 'status reason'],
    ['---'],
  ]);
  add(`articles/hostile-outlet-${group}/hostile-article-${group}.md`, [
    ['---'],
    [`headline: ${quoted(value('headline'))}`, 'headline'],
    [`url: https://hostile-${group}.example/article`],
    [`outlet: hostile-outlet-${group}`],
    ['published: 2026-02-07'],
    [`accessed: ${today}`],
    ['language: en'],
    ['statements:'],
    [`  - id: hostile-statement-${group}`],
    [`    speaker: hostile-official-${group}`],
    ['    said: 2026-02-06'],
    ['    claims:'],
    [`      - claim: hostile-claim-${group}`],
    ['        stance: asserts'],
    ['    form: paraphrase'],
    [`    text: ${quoted(value('statement text'))}`, 'statement text'],
    ['    attribution: direct'],
    ['---'],
    ['Test data: an article whose fields hold hostile strings.'],
  ]);
  return files;
}

/** Which string each field of each group holds in the end: a payload, or a neutral value once refused. */
const values = new Map<string, string>();
const key = (group: number, field: Field) => `${group}:${field}`;
let refusals: ContentIssue[] = [];
let build: BuildOutcome;

beforeAll(async () => {
  payloads.forEach((payload, index) => values.set(key(Math.floor(index / fields.length), fields[index % fields.length]!), payload));
  for (let group = 0; group < groups; group += 1)
    for (const field of fields) if (!values.has(key(group, field))) values.set(key(group, field), neutral(field, group));
  const minimal = readFixture(path.join(projectRoot, 'tests/fixtures/minimal'));
  // Validate; replace each refused string by a neutral value, and again, until the content is valid.
  let files: ReturnType<typeof groupFiles> = [];
  for (let round = 0; round < 6; round += 1) {
    files = Array.from({ length: groups }, (_, group) => groupFiles(group, (field) => values.get(key(group, field))!)).flat();
    const { dataset, issues } = buildFromFiles([...minimal, ...files], today);
    if (dataset) break;
    refusals.push(...issues);
    for (const issue of issues) {
      const file = files.find((entry) => entry.file === issue.file);
      if (!file) throw new Error(`an issue outside the hostile files: ${issue.file}:${issue.line} ${issue.message}`);
      const group = Number(/-(\d+)\.md$/.exec(issue.file)![1]);
      // The field by the line the issue names; an issue of the whole file (a limit) takes all its strings.
      const onLine = (Object.entries(file.lines) as [Field, number][]).filter(([, line]) => line === issue.line).map(([field]) => field);
      for (const field of onLine.length > 0 ? onLine : (Object.keys(file.lines) as Field[])) values.set(key(group, field), neutral(field, group));
    }
  }
  refusals = refusals.filter((issue, index) => refusals.findIndex((other) => other.file === issue.file && other.line === issue.line) === index);
  rmSync(path.join(projectRoot, contentDir), { recursive: true, force: true });
  for (const entry of [...minimal, ...files]) {
    const target = path.join(projectRoot, contentDir, entry.file.slice('content/'.length));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, entry.text);
  }
  build = await buildSite(contentDir, outDir, { CLAIM_TRACKER_SHARE_CARDS: 'off' });
});

/** Text as the page shows it: white space folded, as HTML does. */
const folded = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('hostile strings in every frontmatter field', () => {
  it('are refused at their file and line, or accepted, and the site builds', () => {
    expect(build.exitCode, build.output).toBe(0);
    expect(payloads.length).toBeGreaterThan(500);
    for (const issue of refusals) {
      expect(issue.line, `${issue.file}: ${issue.message}`).toBeGreaterThanOrEqual(1);
      expect(issue.column).toBeGreaterThanOrEqual(1);
    }
    const accepted = [...values.values()].filter((value) => !value.startsWith('Neutral ')).length;
    // Most are plain text to the site: it shows them as written.
    expect(accepted).toBeGreaterThan(payloads.length / 2);
  });

  it('are shown as the very text written (escaped, not dropped) in headings and titles', () => {
    let checked = 0;
    for (let group = 0; group < groups; group += 1) {
      const headline = values.get(key(group, 'headline'))!;
      const page = readPage(path.join(projectRoot, outDir), urls.article(`hostile-article-${group}`));
      expect(folded(page.querySelector('h1')!.text), headline).toBe(folded(headline));
      expect(folded(page.querySelector('title')!.text)).toContain(folded(headline));
      const official = values.get(key(group, 'official name'))!;
      expect(folded(readPage(path.join(projectRoot, outDir), urls.official(`hostile-official-${group}`)).querySelector('h1')!.text)).toBe(folded(official));
      checked += 1;
    }
    expect(checked).toBe(groups);
  });

  it('stay inside the JSON-LD blocks: every block parses and holds no `<`, and a claim is reviewed under its short form as written', () => {
    const site = path.join(projectRoot, outDir);
    let blocks = 0;
    let escapedEndTags = 0;
    for (const file of htmlFiles(site)) {
      const html = readFileSync(path.join(site, file), 'utf8');
      const parsed = jsonLdBlocks(html);
      expect(parsed.length, file).toBe(jsonLdOpenings(html));
      for (const block of parsed) expect(block.raw, file).not.toContain('<');
      blocks += parsed.length;
      escapedEndTags += parsed.filter((block) => block.raw.includes('\\u003c/script')).length;
    }
    expect(blocks).toBeGreaterThan(groups * 2);
    // The corpora's `</script>` stand in blocks, escaped: the check above saw them.
    expect(escapedEndTags).toBeGreaterThan(10);
    for (let group = 0; group < groups; group += 1) {
      const [review] = jsonLdBlocks(readFileSync(path.join(site, urls.claim(`hostile-claim-${group}`), 'index.html'), 'utf8'));
      expect(folded((review!.data as { claimReviewed: string }).claimReviewed)).toBe(folded(values.get(key(group, 'short'))!));
    }
  });

  it('are found by search in Chromium and shown as text: no dialog, no element of theirs in the results', async () => {
    const server = await serveStatic(path.join(projectRoot, outDir));
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => errors.push(error.message));
      for (const query of ['alert', 'onerror']) {
        await page.goto(`${server.origin}/search/?q=${query}`);
        await page.waitForFunction(() => /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
        await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0);
        // Only our own elements: result items, headings, links, excerpts with <mark>, and the meta line.
        const foreign = await page.$$eval('[data-search-results] *', (elements) =>
          elements
            .filter(
              (element) =>
                !['LI', 'H3', 'A', 'P', 'MARK', 'SPAN', 'TIME', 'BDI'].includes(element.tagName) ||
                [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
            )
            .map((element) => element.outerHTML.slice(0, 80)),
        );
        expect(foreign, query).toEqual([]);
      }
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('leave no page with an event handler, a script or address not ours, invalid HTML or a broken link', () => {
    // html-validate reads the pages of the first ten groups and the fixed pages (about 15 ms a page).
    const checkMarkup = (page: string) => !/hostile-\w+-(\d+)/.test(page) || Number(/hostile-\w+-(\d+)/.exec(page)![1]) < 10;
    const { pages, problems } = checkBuiltSite({ outDir: path.join(projectRoot, outDir), root: projectRoot, contentDir, checkMarkup });
    expect(pages).toBeGreaterThan(groups * 4);
    expect(problems).toEqual([]);
  });
});
