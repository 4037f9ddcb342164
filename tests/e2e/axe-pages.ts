// axe in Chromium on every page type of the good fixture and the hardest pages of the large site, in one
// colour scheme: each page a test of its own, with no console errors, a heading, and (in light mode) no
// sideways scrolling on a 360 px phone; in dark mode the rules about colour, since it changes colours only.
// Each scheme is a test file of its own (axe-pages-light, axe-pages-dark), so the two run side by side.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { loadContent } from '../../src/pipeline/index.ts';
import { projectRoot } from '../site/build-helpers.ts';
import { sharedSite } from '../site/shared-sites.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { largePageTypes, pageTypes } from './page-types.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

export type Scheme = 'light' | 'dark';

/** The rules axe runs in dark mode: the ones about colour. */
export const darkModeRules = ['color-contrast', 'link-in-text-block'];
/**
 * The small site's pages axe does not read again in dark mode, where only colours change: each has the
 * components of another page type read in both (the prose and tables of the methodology page, the lists
 * of the claims and statements indexes, a statement's, an article's and an outlet's other variants).
 */
const darkModeSameAsAnother = new Set([
  'about',
  'contribute',
  'not found',
  'open data',
  'articles index',
  'officials index',
  'sources index',
  'countries index',
  'statement (two reports)',
  'article',
  'source',
]);
/** The large site's pages axe reads in dark mode: those with components the small site's pages lack. */
const darkModeLargePages = [
  'large: claim with the longest timeline',
  'large: statements index',
  'large: outlet with the most articles',
  'large: statements that outlet carried, page 2',
];

/** Registers the tests of one scheme, and returns the browser for the file's own tests. */
export async function axePageTests(scheme: Scheme): Promise<{ browser: () => Browser }> {
  // Loaded before the tests are collected, so that each page gets a test of its own.
  const dataset: Dataset = (await loadContent({ root: projectRoot, contentDir: 'tests/fixtures/good/content' })).dataset!;
  let largeDataset: Dataset;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let largeServer: Awaited<ReturnType<typeof serveStatic>>;
  // One tab visiting page after page: a new tab and a fresh axe in each would cost about 0.5 s a page more (measured).
  let tab: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic((await sharedSite('good')).outDir);
    const large = await sharedSite('large');
    largeDataset = large.dataset;
    largeServer = await serveStatic(large.outDir);
    browser = await launchBrowser();
    tab = await (await browser.newContext({ colorScheme: scheme })).newPage();
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    tab.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await largeServer?.close();
  });

  /** A page's problems: no heading, console errors, axe violations, and in light mode sideways scrolling on a 360 px phone. */
  async function problems(name: string, path: string, origin: string): Promise<string[]> {
    const failures: string[] = [];
    errors.length = 0;
    await tab.setViewportSize({ width: 1280, height: 900 });
    await tab.goto(`${origin}${path}`);
    const heading = await tab.locator('h1').first().textContent();
    if (!heading?.trim()) failures.push(`${name}: no h1`);
    // The not-found page is served with status 404, which Chromium logs; nothing else may fail.
    const unexpected = errors.filter((error) => !(name === 'not found' && error.includes('404 (Not Found)')));
    if (unexpected.length > 0) failures.push(`${name}: console errors ${unexpected.join('; ')}`);
    for (const violation of await axeViolations(tab, scheme === 'dark' ? darkModeRules : undefined)) failures.push(`${name} ${path}: ${violation}`);
    if (scheme === 'light') {
      await tab.setViewportSize({ width: 360, height: 800 });
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) failures.push(`${name} ${path}: ${overflow} px wider than a 360 px phone`);
    }
    return failures;
  }

  describe(`axe on every page type in Chromium (${scheme})`, () => {
    for (const [name, path] of pageTypes(dataset).filter(([name]) => scheme === 'light' || !darkModeSameAsAnother.has(name))) {
      it(`renders the ${name} page with a heading, no console errors and no axe violations${scheme === 'light' ? ', and fits a 360 px phone' : ''} (${scheme})`, async () => {
        expect(await problems(name, path, server.origin)).toEqual([]);
      });
    }
    it(`renders the large site's hardest pages with no axe violations${scheme === 'light' ? ', each fitting a 360 px phone' : ''} (${scheme})`, async () => {
      const failures: string[] = [];
      // In dark mode only the colour rules run, on components the small site lacks (pages of a list, "more" links, long timelines).
      const pages = largePageTypes(largeDataset).filter(([name]) => scheme === 'light' || darkModeLargePages.includes(name));
      for (const [name, path] of pages) failures.push(...(await problems(name, path, largeServer.origin)));
      expect(failures).toEqual([]);
    });
  });
  return { browser: () => browser };
}
