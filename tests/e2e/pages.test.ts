// Every page type in a real browser (Debian's Chromium): it renders, axe finds nothing in light and
// dark mode, the keyboard reaches the content, and a claim page fits a 375 px phone.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/build/dataset.ts';
import { loadContent } from '../../src/build/index.ts';
import { urls } from '../../src/site/urls.ts';
import { brokenInternalLinks, buildSite, pageExists, projectRoot } from '../site/build-helpers.ts';
import { launchBrowser } from './browser.ts';
import { buildLargeSite } from './large-site.ts';
import { serveStatic } from './static-server.ts';

const contentDir = 'tests/fixtures/good/content';
// Loaded before the tests are collected, so that each page gets a test of its own.
const dataset: Dataset = (await loadContent({ root: projectRoot, contentDir })).dataset!;
let largeDataset: Dataset;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let largeServer: Awaited<ReturnType<typeof serveStatic>>;
let largeOutDir: string;

beforeAll(async () => {
  const build = await buildSite(contentDir, 'tests/.tmp/e2e-pages');
  if (build.exitCode !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  const large = await buildLargeSite('pages-large');
  largeDataset = large.dataset;
  largeOutDir = large.outDir;
  largeServer = await serveStatic(large.outDir);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await largeServer?.close();
});

/** On the large site: the longest timeline, the longest name, right-to-left and Cyrillic articles, the big indexes. */
function largePageTypes(): [string, string][] {
  const busiest = [...largeDataset.claims].sort((a, b) => b.timeline.length - a.timeline.length)[0]!;
  const longestName = [...largeDataset.officials].sort((a, b) => b.data.name.length - a.data.name.length)[0]!;
  const inLanguage = (language: string) => largeDataset.articles.find((article) => article.data.language === language)!;
  return [
    ['large: home', urls.home()],
    ['large: claim with the longest timeline', urls.claim(busiest.id)],
    ['large: official with the longest name', urls.official(longestName.id)],
    ['large: Hebrew article', urls.article(inLanguage('he').id)],
    ['large: Ukrainian article', urls.article(inLanguage('uk').id)],
    ['large: statements index', urls.statements()],
    ['large: statements index, page 2', `${urls.statements()}2/`],
    ['large: country', urls.country('AZ')],
  ];
}

/** One page of each type, plus the pages with the hardest content (right-to-left text, opposite stances). */
function pageTypes(): [string, string][] {
  const rtl = dataset.statements.find((statement) => statement.reports.some((report) => ['fa', 'ar', 'he'].includes(report.language)))!;
  const inconsistent = dataset.officials.find((official) => official.oppositeStanceClaimIds.length > 0)!;
  const busiestClaim = [...dataset.claims].sort((a, b) => b.timeline.length - a.timeline.length)[0]!;
  const merged = dataset.statements.find((statement) => statement.reports.length > 1)!;
  return [
    ['home', urls.home()],
    ['claim', urls.claim(busiestClaim.id)],
    ['claim (accounts that disagree)', urls.claim('outside-warships-may-use-azerbaijans-caspian-ports')],
    ['event (two readouts side by side)', urls.event('testov-nemoudar-call')],
    ['events index', urls.events()],
    ['statement (reports differ, contradicted, one report retracted)', urls.statement('testov-assures-no-outside-warships-in-azerbaijani-ports')],
    ['statement (original words and a translation)', urls.statement('testov-no-commitment-on-foreign-warships')],
    ['article (retracted)', urls.article('baku-silent-on-warships')],
    ['article (headline not recorded)', urls.article('azerbaijan-no-commitment-on-warships')],
    ['official (unnamed speaker)', urls.official('unnamed-azerbaijani-defence-ministry-spokesman')],
    ['source (relayed by others)', urls.source('iran-navy-test-bulletin')],
    ['source (in its own voice)', urls.source('test-lens-blog')],
    ['statement (two reports)', urls.statement(merged.id)],
    ['statement (right-to-left)', urls.statement(rtl.id)],
    ['article', urls.article(dataset.articles[0]!.id)],
    ['official (opposite stances)', urls.official(inconsistent.id)],
    ['source', urls.source(dataset.sources[0]!.id)],
    ['country', urls.country(dataset.countries[0]!.code)],
    ['claims index', urls.claims()],
    ['statements index', urls.statements()],
    ['articles index', urls.articles()],
    ['officials index', urls.officials()],
    ['sources index', urls.sources()],
    ['countries index', urls.countries()],
    ['methodology', urls.methodology()],
    ['corrections', urls.corrections()],
    ['contribute', urls.contribute()],
    ['contributor guide', urls.contributorGuide()],
    ['not found', '/no-such-page/'],
  ];
}

async function open(context: BrowserContext, path: string, origin = server.origin): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${path}`);
  return { page, errors };
}

describe('every page type in Chromium', () => {
  /** A page's problems: no heading, console errors, axe violations. */
  async function problems(context: BrowserContext, name: string, path: string, origin: string): Promise<string[]> {
    const failures: string[] = [];
    const { page, errors } = await open(context, path, origin);
    const heading = await page.locator('h1').first().textContent();
    if (!heading?.trim()) failures.push(`${name}: no h1`);
    // The not-found page is served with status 404, which Chromium logs; nothing else may fail.
    const unexpected = errors.filter((error) => !(name === 'not found' && error.includes('404 (Not Found)')));
    if (unexpected.length > 0) failures.push(`${name}: console errors ${unexpected.join('; ')}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const violation of violations) {
      failures.push(`${name} ${path}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
    }
    await page.close();
    return failures;
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of pageTypes()) {
      it(`renders the ${name} page with a heading, no console errors and no axe violations (${scheme})`, async () => {
        const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        expect(await problems(context, name, path, server.origin)).toEqual([]);
        await context.close();
      });
    }
    it(`renders the large site's hardest pages with no axe violations (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const failures: string[] = [];
      for (const [name, path] of largePageTypes()) failures.push(...(await problems(context, name, path, largeServer.origin)));
      await context.close();
      expect(failures).toEqual([]);
    });
  }

  it('draws quotation marks around quotes and never around a paraphrase', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, urls.statement('testov-assures-no-outside-warships-in-azerbaijani-ports'));
    const marks = (form: string) =>
      page.$$eval(`.quote[data-form="${form}"]`, (quotes) => quotes.map((quote) => [getComputedStyle(quote, '::before').content, getComputedStyle(quote, '::after').content]));
    const paraphrases = await marks('paraphrase');
    expect(paraphrases.length).toBeGreaterThan(0);
    for (const pair of paraphrases) expect(pair).toEqual(['none', 'none']);
    const other = await open(context, urls.statement('testov-no-commitment-on-foreign-warships'));
    const quoted = await other.page.$$eval('.quote[data-form="translation"], .quote[data-form="verbatim"]', (quotes) => quotes.map((quote) => getComputedStyle(quote, '::before').content));
    expect(quoted.length).toBeGreaterThan(0);
    for (const content of quoted) expect(content).toBe('open-quote');
    await context.close();
  });

  it('fits every page type into a 360 px wide phone without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const pages = [...pageTypes().map(([, path]) => [path, server.origin]), ...largePageTypes().map(([, path]) => [path, largeServer.origin])];
    for (const [path, origin] of pages as [string, string][]) {
      const { page } = await open(context, path, origin);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
    await context.close();
  });

  it('has no broken internal link on the large site, and pages its statements index', () => {
    expect(brokenInternalLinks(largeOutDir)).toEqual([]);
    const pages = Math.ceil(largeDataset.statements.length / 100);
    expect(pages).toBeGreaterThan(1);
    for (let number = 2; number <= pages; number += 1) expect(pageExists(largeOutDir, `${urls.statements()}${number}/`)).toBe(true);
    expect(pageExists(largeOutDir, `${urls.statements()}${pages + 1}/`)).toBe(false);
  });

  it('lets a keyboard user skip to the content and see where the focus is', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, pageTypes()[1]![1]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // After skipping, the next stop is inside the main content, not the navigation.
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await context.close();
  });

  it('prints a claim page without navigation, search or footer links, and with the addresses of its sources', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, pageTypes()[1]![1]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header nav')).toBe(false);
    expect(await page.isVisible('.site-search')).toBe(false);
    expect(await page.isVisible('.site-footer ul')).toBe(false);
    expect(await page.isVisible('.timeline')).toBe(true);
    await context.close();
  });

  it('marks right-to-left quotes with their language and direction', async () => {
    const context = await browser.newContext();
    const [, path] = pageTypes().find(([name]) => name === 'statement (right-to-left)')!;
    const { page } = await open(context, path);
    const quote = page.locator('.quote[dir="rtl"]').first();
    expect(await quote.getAttribute('lang')).toMatch(/^(fa|ar|he)/);
    expect(await quote.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await context.close();
  });

  it('runs no JavaScript on any page but search', async () => {
    const context = await browser.newContext();
    for (const [name, path] of pageTypes()) {
      const { page } = await open(context, path);
      expect(await page.locator('script').count(), name).toBe(0);
      await page.close();
    }
    await context.close();
  });
});
