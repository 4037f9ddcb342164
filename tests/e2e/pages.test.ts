// Page behaviour in a real browser (Debian's Chromium): quotation marks, the keyboard, print and
// right-to-left text. (axe and the 360 px phone width on every page type: axe-pages-light.test.ts and axe-pages-dark.test.ts.)
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { loadContent } from '../../src/pipeline/index.ts';
import { urls } from '../../src/site/urls.ts';
import { earliestDay, latestDay } from '../../src/lib/known-date.ts';
import { pageExists, projectRoot, readPage } from '../site/build-helpers.ts';
import { sharedSite } from '../site/shared-sites.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { open as openIn, pageTypes } from './page-types.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const dataset: Dataset = (await loadContent({ root: projectRoot, contentDir: 'tests/fixtures/good/content' })).dataset!;
let largeDataset: Dataset;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let largeOutDir: string;

beforeAll(async () => {
  server = await serveStatic((await sharedSite('good')).outDir);
  const large = await sharedSite('large');
  largeDataset = large.dataset;
  largeOutDir = large.outDir;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (context: BrowserContext, path: string, origin = server.origin) => openIn(context, path, origin);

describe('every page type in Chromium', () => {
  it('draws quotation marks around quotes and never around a paraphrase', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, urls.statement('testov-assures-no-outside-warships-in-azerbaijani-ports'));
    const marks = (form: string) =>
      page.$$eval(`.quote[data-form="${form}"]`, (quotes) =>
        quotes.map((quote) => [getComputedStyle(quote, '::before').content, getComputedStyle(quote, '::after').content]),
      );
    const paraphrases = await marks('paraphrase');
    expect(paraphrases.length).toBeGreaterThan(0);
    for (const pair of paraphrases) expect(pair).toEqual(['none', 'none']);
    const other = await open(context, urls.statement('testov-no-commitment-on-foreign-warships'));
    const quoted = await other.page.$$eval('.quote[data-form="translation"], .quote[data-form="verbatim"]', (quotes) =>
      quotes.map((quote) => getComputedStyle(quote, '::before').content),
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const content of quoted) expect(content).toBe('open-quote');
    await context.close();
  });

  // Its links are checked with the rest of the built site (tests/site/site-check.test.ts).
  it('pages the large site’s statements index', () => {
    const pages = Math.ceil(largeDataset.statements.length / 100);
    expect(pages).toBeGreaterThan(1);
    for (let number = 2; number <= pages; number += 1) expect(pageExists(largeOutDir, `${urls.statements()}${number}/`)).toBe(true);
    expect(pageExists(largeOutDir, `${urls.statements()}${pages + 1}/`)).toBe(false);
  });

  /** The links of a page matching a selector whose address starts with a prefix. */
  const hrefsIn = (permalink: string, selector: string, prefix: string) =>
    readPage(largeOutDir, permalink)
      .querySelectorAll(selector)
      .map((anchor) => anchor.getAttribute('href')!)
      .filter((href) => href.startsWith(prefix));
  /** Every page of a list, by following its "next" links from the first. */
  const walk = (first: string, selector: string, prefix: string) => {
    const seen: string[] = [];
    for (let permalink: string | undefined = first; permalink !== undefined;) {
      const page = readPage(largeOutDir, permalink);
      expect(page.querySelector('main')!.getAttribute('data-pagefind-body'), `${permalink} is a listing, out of search`).toBeUndefined();
      seen.push(...hrefsIn(permalink, selector, prefix));
      permalink = page.querySelector('a[rel="next"]')?.getAttribute('href');
    }
    return seen;
  };

  it('shows a claim’s timeline and sources whole up to 50, and of a longer one the 20 newest statements and earliest articles, with every entry once on their own pages', () => {
    const byLength = [...largeDataset.claims].sort((a, b) => b.timeline.length - a.timeline.length);
    const busiest = byLength[0]!;
    expect(busiest.timeline.length).toBeGreaterThan(50);
    expect(busiest.articleIds.length).toBeGreaterThan(50);
    const statementIds = [...new Set(busiest.timeline.map((entry) => entry.statementId))];
    const page = readPage(largeOutDir, urls.claim(busiest.id));
    // The timeline: the 20 said most recently, in timeline order, and a link to all of them.
    const shown = hrefsIn(urls.claim(busiest.id), 'ol.timeline .statement-card > p.meta a', '/statements/');
    const shownIds = [...new Set(shown)].map((href) => href.split('/')[2]!);
    expect(shownIds).toHaveLength(20);
    const earliestOf = (id: string) => largeDataset.statementsById.get(id)!.earliestDay ?? '';
    const newest = [...statementIds].sort((a, b) => earliestOf(b).localeCompare(earliestOf(a)));
    expect(Math.min(...shownIds.map((id) => newest.indexOf(id)))).toBe(0);
    for (const id of shownIds) expect(earliestOf(id) >= earliestOf(newest[19]!), id).toBe(true);
    const more = page.querySelector('#timeline')!.parentNode.querySelector('.more-link a')!;
    expect(more.text).toBe(`All ${statementIds.length} statements, on ${Math.ceil(statementIds.length / 50)} pages`);
    const listed = walk(more.getAttribute('href')!, 'main tbody tr td:nth-child(3) a', '/statements/');
    expect([...listed].sort()).toEqual(statementIds.map((id) => urls.statement(id)).sort());
    // The sources: the earliest 20 articles, and a link to all of them.
    const sourcesMore = page.querySelector('#sources')!.parentNode.querySelector('.more-link a')!;
    expect(sourcesMore.text).toBe(`All ${busiest.articleIds.length} articles, on ${Math.ceil(busiest.articleIds.length / 50)} pages`);
    const sources = walk(sourcesMore.getAttribute('href')!, 'main .source-list a[href^="/articles/"]', '/articles/');
    expect([...new Set(sources)].sort()).toEqual(busiest.articleIds.map((id) => urls.article(id)).sort());
    expect([...new Set(hrefsIn(urls.claim(busiest.id), '#sources ~ div .source-list a', '/articles/'))]).toEqual([...new Set(sources)].slice(0, 20));
    // A claim of up to 50 statements shows them all, with no pages of their own.
    const whole = byLength.find((claim) => claim.timeline.length <= 50 && claim.timeline.length > 5)!;
    expect(readPage(largeOutDir, urls.claim(whole.id)).querySelector('.more-link')).toBeNull();
    expect(pageExists(largeOutDir, `${urls.claim(whole.id)}statements/`)).toBe(false);
  });

  it('shows the newest 20 of an outlet’s and a country’s long lists on its page, and every entry once on the list’s own pages, newest first', () => {
    const busiest = [...largeDataset.sources].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
    const quiet = largeDataset.sources.find((source) => source.articleIds.length > 0 && source.articleIds.length <= 20)!;
    expect(busiest.articleIds.length).toBeGreaterThan(50);

    const outletPage = readPage(largeOutDir, urls.source(busiest.id));
    const shownArticles = hrefsIn(urls.source(busiest.id), '#articles + p + ul a', '/articles/');
    expect(shownArticles).toHaveLength(20);
    const allArticles = outletPage.querySelector('#articles')!.parentNode.querySelector('.more-link a')!;
    expect(allArticles.text).toBe(`All ${busiest.articleIds.length} articles, on ${Math.ceil(busiest.articleIds.length / 50)} pages`);
    const listed = walk(allArticles.getAttribute('href')!, 'main ul a', '/articles/');
    expect(readPage(largeOutDir, allArticles.getAttribute('href')!).querySelector('.lede')!.text.replace(/\s+/g, ' ')).toContain(
      `All ${busiest.articleIds.length} articles, by the date they were published`,
    );
    expect(listed.slice(0, 20)).toEqual(shownArticles);
    expect([...listed].sort()).toEqual(busiest.articleIds.map((id) => urls.article(id)).sort());
    const days = listed.map((href) => largeDataset.articlesById.get(href.split('/')[2]!)!.data.published).map((date) => earliestDay(date) ?? latestDay(date));
    const dated = days.filter((day) => day !== undefined);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(days.slice(dated.length).every((day) => day === undefined)).toBe(true);

    const statementRows = walk(`${urls.source(busiest.id)}statements/`, 'main tbody tr td:nth-child(3) a', '/statements/');
    expect([...statementRows].sort()).toEqual(busiest.statementIds.map((id) => urls.statement(id)).sort());
    expect(hrefsIn(urls.source(busiest.id), '#statements ~ .table-wrap tbody tr td:nth-child(3) a', '/statements/')).toEqual(statementRows.slice(0, 20));

    expect(hrefsIn(urls.source(quiet.id), '#articles + ul a', '/articles/').sort()).toEqual(quiet.articleIds.map((id) => urls.article(id)).sort());
    expect(readPage(largeOutDir, urls.source(quiet.id)).querySelector('.more-link')).toBeNull();
    expect(pageExists(largeOutDir, `${urls.source(quiet.id)}articles/`)).toBe(false);

    // A country's claims the same way, the most recently spoken of first.
    const country = [...largeDataset.countries].sort((a, b) => b.claimIds.length - a.claimIds.length)[0]!;
    expect(country.claimIds.length).toBeGreaterThan(20);
    const shownClaims = hrefsIn(urls.country(country.code), '#claims ~ ul a', '/claims/');
    expect(shownClaims).toHaveLength(20);
    const claimList = walk(`${urls.country(country.code)}claims/`, 'main ul a', '/claims/');
    expect(claimList.slice(0, 20)).toEqual(shownClaims);
    expect([...claimList].sort()).toEqual(country.claimIds.map((id) => urls.claim(id)).sort());
    const lastSpoken = claimList.map((href) => largeDataset.claimsById.get(href.split('/')[2]!)!.latestStatementDay ?? '');
    expect(lastSpoken).toEqual([...lastSpoken].sort().reverse());

    // An official with many statements: the 20 claims most recently spoken of, in the table and with the
    // newest card on each; every statement on pages of their own.
    const talker = [...largeDataset.officials].sort((a, b) => b.statementCount - a.statementCount)[0]!;
    const own = largeDataset.statements.filter((statement) => statement.speaker.kind === 'official' && statement.speaker.id === talker.id);
    expect(own.length).toBeGreaterThan(20);
    const officialPage = readPage(largeOutDir, urls.official(talker.id));
    const groups = officialPage.querySelectorAll('#by-claim ~ section');
    expect(groups.length).toBe(Math.min(20, talker.statementsByClaim.length));
    for (const group of groups) expect(group.querySelectorAll('.card-list > li').length).toBeLessThanOrEqual(1);
    expect(officialPage.querySelectorAll('.stances-by-claim tbody tr')).toHaveLength(Math.min(20, talker.statementsByClaim.length));
    const allOwn = officialPage.querySelector('#by-claim')!.parentNode.querySelector('.more-link a')!;
    expect(allOwn.text).toBe(`All ${own.length} statements, on ${Math.ceil(own.length / 50)} pages`);
    const rows = walk(allOwn.getAttribute('href')!, 'main tbody tr td:nth-child(3) a', '/statements/');
    expect([...rows].sort()).toEqual(own.map((statement) => urls.statement(statement.id)).sort());
  });

  it('shows every section of the menu on a 320 and a 375 px phone, and one search box a page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 700 });
      for (const path of [urls.home(), urls.claims(), urls.search()]) {
        await page.goto(`${server.origin}${path}`);
        const links = page.locator('.site-header nav a');
        expect(await links.count()).toBe(5);
        for (const link of await links.all()) {
          const box = (await link.boundingBox())!;
          expect(box.x, `${await link.textContent()} at ${width} px on ${path}`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${await link.textContent()} at ${width} px on ${path}`).toBeLessThanOrEqual(width);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width} px on ${path}`).toBeLessThanOrEqual(width);
        expect(await page.locator('input[type="search"]').count(), `search boxes on ${path}`).toBe(1);
      }
    }
    await context.close();
  });

  it('lets a keyboard user skip to the content and see where the focus is', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, pageTypes(dataset)[1]![1]);
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

  it('prints a claim page without navigation, search or footer links, and a statement page with the addresses of its sources', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, pageTypes(dataset)[1]![1]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header nav')).toBe(false);
    expect(await page.isVisible('.site-search')).toBe(false);
    expect(await page.isVisible('.site-footer ul')).toBe(false);
    expect(await page.isVisible('.timeline')).toBe(true);
    const statement = await open(context, urls.statement('aliyev-azerbaijan-will-not-allow-any-threat-against-iran'));
    await statement.page.emulateMedia({ media: 'print' });
    // On paper a link is its address: each link to an original article prints it after the words.
    const printed = await statement.page.$$eval('#reports ~ ol a[href^="http"]', (links) =>
      links.map((link) => [link.getAttribute('href'), getComputedStyle(link, '::after').content]),
    );
    expect(printed.length).toBeGreaterThan(1);
    for (const [href, after] of printed) expect(after).toBe(`" <${href}>"`);
    await context.close();
  });

  it('marks right-to-left quotes with their language and direction', async () => {
    const context = await browser.newContext();
    const [, path] = pageTypes(dataset).find(([name]) => name === 'statement (right-to-left)')!;
    const { page } = await open(context, path);
    const quote = page.locator('.quote[dir="rtl"]').first();
    expect(await quote.getAttribute('lang')).toMatch(/^(fa|ar|he)/);
    expect(await quote.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await context.close();
  });
});
