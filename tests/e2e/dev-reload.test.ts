// The contributor's loop: `npm run dev` shows an edited, added or removed content file without a
// restart, and shows a mistake on the page (with its file:line:col) until it is fixed.
import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server.ts';
import { projectRoot } from '../site/build-helpers.ts';

const contentDir = 'tests/.tmp/dev-reload/content';
const absoluteContent = path.join(projectRoot, contentDir);
const articleFile = path.join(absoluteContent, 'articles/tehran-times/aliyev-will-not-allow-any-threat.md');
const headline = 'Azerbaijan ‘will not allow any threat’ against Iran from its territory, Aliyev vows';

let server: DevServer;
let origin: string;
let browser: Browser;
let page: Page;

/** The page's heading; empty while the page is reloading. */
function headingOf(page: Page): Promise<string> {
  return page
    .locator('h1')
    .textContent({ timeout: 1000 })
    .then(
      (text) => text ?? '',
      () => '',
    );
}

/**
 * Opens a page, or gives nothing when the dev server's own reload (sent to the open page when a file
 * changes) cuts the navigation short (`net::ERR_ABORTED`): a poll then tries again, where one navigation
 * left waiting could take the poll's whole time (seen twice in many runs).
 */
function visit(pathname: string): Promise<Awaited<ReturnType<Page['goto']>>> {
  return page.goto(`${origin}${pathname}`, { timeout: 5_000 }).catch(() => null);
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

beforeAll(async () => {
  rmSync(path.join(projectRoot, 'tests/.tmp/dev-reload'), { recursive: true, force: true });
  cpSync(path.join(projectRoot, 'tests/fixtures/good/content'), absoluteContent, { recursive: true });
  server = await startDevServer(contentDir, '/articles/aliyev-will-not-allow-any-threat/');
  origin = server.origin;
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm run dev', () => {
  it('shows an edited article in the open page without a restart', async () => {
    await page.goto(`${origin}/articles/aliyev-will-not-allow-any-threat/`);
    await expect.poll(() => headingOf(page)).toBe(headline);
    edit(articleFile, `headline: "${headline}"`, 'headline: "Aliyev vows no threat to Iran from Azerbaijan (edited)"');
    // Nobody reloads: the dev server tells the open page to.
    await expect.poll(() => headingOf(page), { timeout: 30_000 }).toBe('Aliyev vows no threat to Iran from Azerbaijan (edited)');
  });

  it('shows a mistake on the page with its file:line:col, and the page again once it is fixed', async () => {
    edit(articleFile, 'outlet: tehran-times', 'outlet: tehran-timez');
    // Vite's error overlay, over the page the contributor has open.
    await page
      .locator('vite-error-overlay #message-content')
      .getByText(`${contentDir}/articles/tehran-times/aliyev-will-not-allow-any-threat.md:4:9 outlet: unknown outlet "tehran-timez"`)
      .waitFor({ timeout: 30_000 });
    edit(articleFile, 'outlet: tehran-timez', 'outlet: tehran-times');
    await expect.poll(() => headingOf(page), { timeout: 30_000 }).toContain('(edited)');
  });

  it('serves a new article and drops a removed one', async () => {
    const copy = path.join(absoluteContent, 'articles/tehran-times/a-second-look.md');
    const text = readFileSync(articleFile, 'utf8')
      .replace(/^url: .*$/m, 'url: https://www.tehrantimes.com/news/000000/a-second-look')
      .replace(/^headline: .*$/m, 'headline: "A second look"')
      .replace(/^(\s+- id: .*)$/gm, '$1-second-look');
    writeFileSync(copy, text);
    await expect.poll(async () => (await visit('/articles/a-second-look/'), await headingOf(page)), { timeout: 60_000 }).toBe('A second look');
    unlinkSync(copy);
    await expect.poll(async () => (await visit('/articles/a-second-look/'))?.status(), { timeout: 60_000 }).toBe(404);
  });
});
