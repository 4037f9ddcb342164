// axe in Chromium on every page type of the good fixture and the hardest pages of the large site, in
// light and dark mode: each page × scheme a test of its own, with no console errors, a heading, and
// (in light mode) no sideways scrolling on a 360 px phone.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { loadContent } from '../../src/pipeline/index.ts';
import { projectRoot } from '../site/build-helpers.ts';
import { sharedSite } from '../site/shared-sites.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { largePageTypes, open, pageTypes } from './page-types.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

// Loaded before the tests are collected, so that each page gets a test of its own.
const dataset: Dataset = (await loadContent({ root: projectRoot, contentDir: 'tests/fixtures/good/content' })).dataset!;
let largeDataset: Dataset;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let largeServer: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic((await sharedSite('good')).outDir);
  const large = await sharedSite('large');
  largeDataset = large.dataset;
  largeServer = await serveStatic(large.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await largeServer?.close();
});

describe('axe on every page type in Chromium', () => {
  /** A page's problems: no heading, console errors, axe violations. */
  /** A page's problems: no heading, console errors, axe violations, and in light mode sideways scrolling on a 360 px phone. */
  async function problems(context: BrowserContext, name: string, path: string, origin: string, scheme: 'light' | 'dark'): Promise<string[]> {
    const failures: string[] = [];
    const { page, errors } = await open(context, path, origin);
    const heading = await page.locator('h1').first().textContent();
    if (!heading?.trim()) failures.push(`${name}: no h1`);
    // The not-found page is served with status 404, which Chromium logs; nothing else may fail.
    const unexpected = errors.filter((error) => !(name === 'not found' && error.includes('404 (Not Found)')));
    if (unexpected.length > 0) failures.push(`${name}: console errors ${unexpected.join('; ')}`);
    for (const violation of await axeViolations(page)) failures.push(`${name} ${path}: ${violation}`);
    if (scheme === 'light') {
      await page.setViewportSize({ width: 360, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) failures.push(`${name} ${path}: ${overflow} px wider than a 360 px phone`);
    }
    await page.close();
    return failures;
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of pageTypes(dataset)) {
      it(`renders the ${name} page with a heading, no console errors and no axe violations${scheme === 'light' ? ', and fits a 360 px phone' : ''} (${scheme})`, async () => {
        const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        expect(await problems(context, name, path, server.origin, scheme)).toEqual([]);
        await context.close();
      });
    }
    // In dark mode only the paged index: every other large page is made of the parts the good fixture's
    // pages show in both schemes, and dark mode changes colours, not layout (this keeps `npm test` under
    // 5 minutes from a clean clone; axe on each large page takes 2-4 s).
    it(`renders ${scheme === 'light' ? "the large site's hardest pages with no axe violations, each fitting a 360 px phone" : "the large site's paged index with no axe violations"} (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const failures: string[] = [];
      const largePages = largePageTypes(largeDataset).filter(([name]) => scheme === 'light' || name.startsWith('large: statements index'));
      for (const [name, path] of largePages) failures.push(...(await problems(context, name, path, largeServer.origin, scheme)));
      await context.close();
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
    await context.close();
  });
});
