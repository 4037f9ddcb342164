// Search on the large generated site (60 claims, 360 statements, 10 countries): a query plus each
// facet returns exactly the pages the content says it should, and a URL restores the same results.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTargets } from '../../scripts/fixtures/generate-content.ts';
import type { Dataset, Statement } from '../../src/pipeline/dataset.ts';
import { urls } from '../../src/site/urls.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { sharedSite } from '../site/shared-sites.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

let dataset: Dataset;
let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveStatic>>;
const consoleErrors: string[] = [];

beforeAll(async () => {
  const site = await sharedSite('large');
  dataset = site.dataset;
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Shows a search and returns every result's URL (all pages of results). The first loads the search page;
 * the others redraw it through its history, as the back button does, rather than starting Pagefind again.
 * The page resets its status and results at once, so the waits below see only the new search's.
 */
async function search(query: string): Promise<string[]> {
  if (page.url().startsWith(`${server.origin}/search/`)) {
    await page.evaluate((search) => {
      history.pushState(null, '', `/search/${search}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, query);
  } else await page.goto(`${server.origin}/search/${query}`);
  await page.waitForFunction(() => /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const count = Number(/^(\d+) result/.exec((await page.textContent('[data-search-status]')) ?? '')?.[1]);
  for (;;) {
    const shown = await page.locator('[data-search-results] > li').count();
    if (shown >= count) break;
    if (await page.isVisible('[data-search-more]')) await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, shown);
  }
  return (await page.$$eval('[data-search-results] h3 a', (links) => links.map((link) => link.getAttribute('href') ?? ''))).sort();
}

const territory = () => searchTargets.territoryStatements.map((target) => dataset.statementsById.get(target.id)!);
const statementUrls = (statements: Statement[]) => statements.map((statement) => urls.statement(statement.id)).sort();
const countriesOf = (statement: Statement) => [
  dataset.officialsById.get(statement.speaker.id)!.data.country,
  ...statement.claims.flatMap((link) => dataset.claimsById.get(link.claimId)!.data.countries),
];

describe('search on the large site', () => {
  it('has the content the expectations are built on', () => {
    expect(dataset.claims.length).toBeGreaterThanOrEqual(50);
    expect(dataset.statements.length).toBeGreaterThanOrEqual(300);
    expect(dataset.countries.length).toBeGreaterThanOrEqual(8);
    expect(territory().every(Boolean)).toBe(true);
  });

  it('finds exactly the statements with the word, and the one claim', async () => {
    expect(await search('?q=territory&type=statement')).toEqual(statementUrls(territory()));
    expect(await search('?q=territory&type=claim')).toEqual([urls.claim(searchTargets.claim.id)]);
  });

  it('narrows by each facet to exactly the matching statements', async () => {
    const cases: [string, (statement: Statement) => boolean][] = [
      ['country=AZ', (statement) => countriesOf(statement).includes('AZ')],
      ['country=GE', (statement) => countriesOf(statement).includes('GE')],
      ['official=ilham-aliyev', (statement) => statement.speaker.id === 'ilham-aliyev'],
      ['stance=denies', (statement) => statement.claims.some((link) => link.stance === 'denies')],
      ['stance=other', (statement) => statement.claims.some((link) => link.stance === 'other')],
      [
        `outlet=${territory()[0]!.reports[1]!.outletId}`,
        (statement) => statement.reports.some((report) => report.outletId === territory()[0]!.reports[1]!.outletId),
      ],
      [`year=${territory()[0]!.earliestDay!.slice(0, 4)}`, (statement) => statement.earliestDay?.slice(0, 4) === territory()[0]!.earliestDay!.slice(0, 4)],
    ];
    for (const [facet, matches] of cases) {
      const expected = statementUrls(territory().filter(matches));
      expect(expected.length, facet).toBeGreaterThan(0);
      expect(await search(`?q=territory&type=statement&${facet}`), facet).toEqual(expected);
    }
  });

  it('combines facets: any value within one, all of them together', async () => {
    const expected = statementUrls(
      territory().filter(
        (statement) =>
          ['AM', 'GE'].some((code) => countriesOf(statement).includes(code)) &&
          statement.claims.some((link) => link.stance === 'asserts' || link.stance === 'denies'),
      ),
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(await search('?q=territory&type=statement&country=AM&country=GE&stance=asserts&stance=denies')).toEqual(expected);
  });

  it('lists everything a filter matches with no query (browse mode)', async () => {
    const expected = dataset.claims
      .filter((claim) => claim.data.countries.includes('AM'))
      .map((claim) => urls.claim(claim.id))
      .sort();
    expect(await search('?type=claim&country=AM')).toEqual(expected);
  });

  it('finds an official by another spelling of his name', async () => {
    expect(await search('?q=Aliev&type=official')).toEqual([urls.official('ilham-aliyev')]);
    expect(await search(`?q=${encodeURIComponent('Ильхам')}&type=official`)).toEqual([urls.official('ilham-aliyev')]);
  });

  it('finds statements by words in the language they were given in (Russian, Persian, Hebrew)', async () => {
    for (const language of ['ru', 'fa', 'he']) {
      const statement = dataset.statements.find((candidate) => candidate.shown.language === language && candidate.shown.form === 'verbatim')!;
      expect(statement, language).toBeDefined();
      // The longest word of the quote, which is rare enough to pick the statement out.
      const word = statement.shown.text.split(/[\s.,:;!?«»"“”()]+/).sort((a, b) => b.length - a.length)[0]!;
      const found = await search(`?q=${encodeURIComponent(word)}&type=statement`);
      expect(found, `${language}: ${word}`).toContain(urls.statement(statement.id));
    }
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
