// axe in Chromium on every page type of the good fixture and the hardest pages of the large site, in
// light and dark mode: each page × scheme a test of its own, with no console errors, a heading, and
// (in light mode) no sideways scrolling on a 360 px phone; in dark mode the rules about colour.
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

// Loaded before the tests are collected, so that each page gets a test of its own.
const dataset: Dataset = (await loadContent({ root: projectRoot, contentDir: 'tests/fixtures/good/content' })).dataset!;
let largeDataset: Dataset;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let largeServer: Awaited<ReturnType<typeof serveStatic>>;
// One tab per colour scheme, visiting page after page: a new tab and a fresh axe in each would cost
// about 0.5 s a page more (measured), and the two schemes × 29 pages add up.
const tabs = new Map<'light' | 'dark', { page: Page; errors: string[] }>();

beforeAll(async () => {
  server = await serveStatic((await sharedSite('good')).outDir);
  const large = await sharedSite('large');
  largeDataset = large.dataset;
  largeServer = await serveStatic(large.outDir);
  browser = await launchBrowser();
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    tabs.set(scheme, { page, errors });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await largeServer?.close();
});

describe('axe on every page type in Chromium', () => {
  /**
   * A page's problems: no heading, console errors, axe violations, and in light mode sideways scrolling on a
   * 360 px phone. Dark mode changes colours only, so there axe checks the rules about colour.
   */
  async function problems(name: string, path: string, origin: string, scheme: 'light' | 'dark'): Promise<string[]> {
    const failures: string[] = [];
    const { page, errors } = tabs.get(scheme)!;
    errors.length = 0;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}${path}`);
    const heading = await page.locator('h1').first().textContent();
    if (!heading?.trim()) failures.push(`${name}: no h1`);
    // The not-found page is served with status 404, which Chromium logs; nothing else may fail.
    const unexpected = errors.filter((error) => !(name === 'not found' && error.includes('404 (Not Found)')));
    if (unexpected.length > 0) failures.push(`${name}: console errors ${unexpected.join('; ')}`);
    const rules = scheme === 'dark' ? ['color-contrast', 'link-in-text-block'] : undefined;
    for (const violation of await axeViolations(page, rules)) failures.push(`${name} ${path}: ${violation}`);
    if (scheme === 'light') {
      await page.setViewportSize({ width: 360, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) failures.push(`${name} ${path}: ${overflow} px wider than a 360 px phone`);
    }
    return failures;
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of pageTypes(dataset)) {
      it(`renders the ${name} page with a heading, no console errors and no axe violations${scheme === 'light' ? ', and fits a 360 px phone' : ''} (${scheme})`, async () => {
        expect(await problems(name, path, server.origin, scheme)).toEqual([]);
      });
    }
    it(`renders the large site's hardest pages with no axe violations${scheme === 'light' ? ', each fitting a 360 px phone' : ''} (${scheme})`, async () => {
      const failures: string[] = [];
      for (const [name, path] of largePageTypes(largeDataset)) failures.push(...(await problems(name, path, largeServer.origin, scheme)));
      expect(failures).toEqual([]);
    });
  }

  it('has an axe check that finds violations where there are some', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<html><body><img src="/x.png"><a href="/"></a></body></html>');
    const found = await axeViolations(page);
    expect(found.some((violation) => violation.startsWith('image-alt'))).toBe(true);
    expect(found.some((violation) => violation.startsWith('link-name'))).toBe(true);
    await page.setContent('<html lang="en"><body><main><h1>Title</h1><p style="color:#777;background:#888">Grey on grey</p></main></body></html>');
    expect(await axeViolations(page, ['color-contrast', 'link-in-text-block'])).toEqual([expect.stringMatching(/^color-contrast/)]);
    await context.close();
  });
});
