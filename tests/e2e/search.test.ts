// Search as a reader uses it, in Chromium: type, tick facets, share the URL, go back, without JavaScript.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { speakerView } from '../../src/site/names.ts';
import { sharedSite } from '../site/shared-sites.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let dataset: Dataset;
/** Every path served, in order: Pagefind fetches from a worker, which the page's own events do not show. */
const served: string[] = [];

beforeAll(async () => {
  const site = await sharedSite('good');
  dataset = site.dataset;
  server = await serveStatic(site.outDir, (pathname) => served.push(pathname));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSearch(context: BrowserContext, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/search/${query}`);
  await page.waitForSelector('[data-search-app][data-state="ready"]');
  return { page, errors };
}

/**
 * Shows another search on an open search page without loading it again (as the browser's back button
 * does: the address changes and the page redraws), so Pagefind is not started anew for each query.
 * The page resets its results at once, so `resultTitles` then waits for the new ones.
 */
async function showSearch(page: Page, query: string): Promise<void> {
  await page.evaluate((search) => {
    history.pushState(null, '', `/search/${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/** Waits until the status line reports results for the current state, then returns the result titles. */
async function resultTitles(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /results? for|Type a search/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    const count = Number(/^(\d+) result/.exec(status)?.[1] ?? 0);
    return document.querySelectorAll('[data-search-results] > li').length === Math.min(count, 20);
  });
  // The filters' counts for this search come after its results; a box ticked or tabbed to before then would be redrawn.
  await page.waitForSelector('[data-search-app][data-facets="counted"]', { state: 'attached' });
  return page.$$eval('[data-search-results] h3 a', (links) => links.map((link) => link.textContent ?? ''));
}

describe('search in Chromium', () => {
  it('finds Ilham Aliyev’s statement and the claim for “territory”, ticking Azerbaijan and Ilham Aliyev, and the URL restores it', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openSearch(context);
    await page.fill('#search-q', 'territory');
    await page.press('#search-q', 'Enter');
    await resultTitles(page);
    await page.check('fieldset[data-facet="country"] input[value="AZ"]');
    await resultTitles(page);
    await page.check('fieldset[data-facet="official"] input[value="ilham-aliyev"]');
    const titles = await resultTitles(page);
    expect(titles).toContain('Azerbaijan lets Israel use its territory against Iran');
    expect(titles.some((title) => title.startsWith('Ilham Aliyev: “In the framework of our sincere and brotherly relations'))).toBe(true);
    // Statements, the claim, and the article quoting him (it concerns Azerbaijan through its claims).
    for (const title of titles) expect(title).toMatch(/Ilham Aliyev|Azerbaijan lets Israel|Aliyev vows/);
    expect(new URL(page.url()).search).toBe('?q=territory&country=AZ&official=ilham-aliyev');

    const fresh = await openSearch(context, new URL(page.url()).search);
    expect(await resultTitles(fresh.page)).toEqual(titles);
    expect(await fresh.page.isChecked('fieldset[data-facet="country"] input[value="AZ"]')).toBe(true);
    expect(await fresh.page.inputValue('#search-q')).toBe('territory');
    expect([...errors, ...fresh.errors]).toEqual([]);
    await context.close();
  });

  it('searches under the site’s security headers, sent as real HTTP headers from its _headers file', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    const response = await page.goto(`${server.origin}/search/?q=territory`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/^default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-.*; frame-ancestors 'none'$/);
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    await page.waitForSelector('[data-search-app][data-state="ready"]');
    expect(await resultTitles(page)).toContain('Azerbaijan lets Israel use its territory against Iran');
    // A policy that blocked Pagefind's worker or WebAssembly, or a header the browser does not know, says so here.
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ranks a statement by its own words and speaker above its article’s headline, and shows no page furniture in excerpts', async () => {
    const context = await browser.newContext();
    // Nasirzadeh's statement is in an article headlined "… Aliyev vows": found, but after Aliyev's own.
    const { page } = await openSearch(context, '?q=Aliyev&type=statement');
    await resultTitles(page);
    const bylines = await page.$$eval('[data-search-results] > li', (items) => items.map((item) => item.textContent ?? ''));
    const firstOther = bylines.findIndex((text) => !text.includes('Ilham Aliyev'));
    const lastOwn = bylines.findLastIndex((text) => text.includes('Ilham Aliyev'));
    expect(lastOwn).toBeGreaterThanOrEqual(0);
    if (firstOther >= 0) expect(firstOther).toBeGreaterThan(lastOwn);
    for (const query of ['?q=Aliyev', '?q=territory', '?q=Azerbaijan', '?q=Testov']) {
      await showSearch(page, query);
      await resultTitles(page);
      const excerpts = await page.$$eval('.search-result__excerpt', (paragraphs) => paragraphs.map((p) => p.textContent ?? ''));
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const excerpt of excerpts)
        expect(excerpt, query).not.toMatch(
          /Paraphrase|Reported directly|Direct quote|Unsubstantiated|Denied|Officials and institutions \(|\d+ statements?\b|Reported by \d|SaidSpeaker|^\s*·/,
        );
    }
    await context.close();
  });

  it('suggests the name a misspelt word may mean, and when nothing is found offers the words without the filters (still ticked) and the lists', async () => {
    const context = await browser.newContext();
    const typo = await openSearch(context, '?q=Aliyeb');
    await resultTitles(typo.page);
    // A name Ilham Aliyev is known by (his own spelling or an alias), from the names the site knows.
    const meant = typo.page.locator('[data-search-empty] a', { hasText: /^Aliy?ev$/ });
    expect(await meant.getAttribute('href')).toMatch(/^\/search\/\?q=Aliy?ev$/);
    await meant.click();
    expect((await resultTitles(typo.page)).some((title) => title.startsWith('Ilham Aliyev'))).toBe(true);
    expect(await typo.page.isHidden('[data-search-empty]')).toBe(true);
    // A name spelt as the site knows it (or as an alias of it) is not corrected.
    const page = typo.page;
    await showSearch(page, '?q=Aliyev');
    await resultTitles(page);
    expect(await page.isHidden('[data-search-empty]')).toBe(true);

    await showSearch(page, '?q=Zqxwv');
    expect(await resultTitles(page)).toEqual([]);
    expect(await page.locator('[data-search-empty] a[href="/claims/"]').isVisible()).toBe(true);

    await showSearch(page, '?q=Zqxwv&type=claim');
    expect(await resultTitles(page)).toEqual([]);
    expect(await page.isChecked('fieldset[data-facet="type"] input[value="claim"]')).toBe(true);
    expect(await page.locator('[data-search-empty] a', { hasText: 'without them' }).getAttribute('href')).toBe('/search/?q=Zqxwv');
    await context.close();
  });

  it('tells the country a statement concerns from its speaker’s country', async () => {
    const context = await browser.newContext();
    const concerning = dataset.statements.filter((statement) =>
      statement.claims.some((link) => dataset.claimsById.get(link.claimId)!.data.countries.includes('IR')),
    );
    const byIranians = dataset.statements.filter((statement) => speakerView(dataset, statement.speaker).country === 'IR');
    // The fixture has statements about Iran by others, so the two differ.
    expect(concerning.length).toBeGreaterThan(byIranians.length);
    const about = await openSearch(context, '?type=statement&country=IR');
    await resultTitles(about.page);
    expect(await about.page.textContent('[data-search-status]')).toMatch(new RegExp(`^${concerning.length} results? `));
    await showSearch(about.page, '?type=statement&speakerCountry=IR');
    await resultTitles(about.page);
    expect(await about.page.textContent('[data-search-status]')).toMatch(new RegExp(`^${byIranians.length} results? `));
    expect(await about.page.textContent('fieldset[data-facet="speakerCountry"] legend')).toBe('Speaker’s country');
    await context.close();
  });

  it('walks back and forward through searches', async () => {
    const context = await browser.newContext();
    const { page } = await openSearch(context, '?q=territory');
    const all = await resultTitles(page);
    await page.check('fieldset[data-facet="type"] input[value="claim"]');
    const claimsOnly = await resultTitles(page);
    expect(claimsOnly.length).toBeLessThan(all.length);
    await page.goBack();
    expect(await resultTitles(page)).toEqual(all);
    expect(await page.isChecked('fieldset[data-facet="type"] input[value="claim"]')).toBe(false);
    await page.goForward();
    expect(await resultTitles(page)).toEqual(claimsOnly);
    await context.close();
  });

  it("shows every filter with its count before any search, from the build's counts (the same as Pagefind's), loading none of Pagefind's filter files", async () => {
    const context = await browser.newContext();
    const before = served.length;
    const { page, errors } = await openSearch(context);
    await page.waitForFunction(() => /Type a search/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const shown = await page.$$eval('fieldset[data-facet]', (fieldsets): Record<string, Record<string, number>> =>
      Object.fromEntries(
        fieldsets.map((fieldset): [string, Record<string, number>] => [
          (fieldset as HTMLElement).dataset.facet ?? '',
          Object.fromEntries(
            [...fieldset.querySelectorAll('label')].map((label): [string, number] => {
              const [, value, count] = /^\s*(.*?) \((\d+)\)\s*$/.exec(label.textContent ?? '')!;
              return [value ?? '', Number(count)];
            }),
          ),
        ]),
      ),
    );
    const loaded = served.slice(before);
    expect(loaded).toContain('/search-data/facets.json');
    expect(loaded.filter((pathname) => pathname.startsWith('/pagefind/filter/'))).toEqual([]);
    // Pagefind's own counts, asked for now (this loads its filter files): each shown count is its count.
    // (A string, so that vitest does not rewrite the page's `import`.)
    const counted = await page.evaluate<Record<string, Record<string, number>>>("import('/pagefind/pagefind.js').then((pagefind) => pagefind.filters())");
    expect(Object.keys(shown).length).toBeGreaterThan(4);
    for (const [facet, values] of Object.entries(shown)) {
      expect(Object.keys(values).length, facet).toBeGreaterThan(0);
      for (const [value, count] of Object.entries(values)) expect(count, `${facet}: ${value}`).toBe(counted[facet]?.[value]);
    }
    // …and no value Pagefind counts is missing from the page.
    for (const [facet, values] of Object.entries(counted)) {
      for (const [value, count] of Object.entries(values)) if (count > 0) expect(shown[facet]?.[value], `${facet}: ${value}`).toBe(count);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('counts the filters with a second Pagefind, started once the first results are on screen, so that counting never holds up results', async () => {
    const context = await browser.newContext();
    const before = served.length;
    const { page, errors } = await openSearch(context, '?q=territory');
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    await showSearch(page, '?q=Aliyev');
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    const loaded = served.slice(before);
    const at = (pathname: string) => loaded.flatMap((served, position) => (served === pathname ? [position] : []));
    // The bundle and its worker twice: the Pagefind that finds and the one that counts, each with its own worker…
    expect(at('/pagefind/pagefind.js')).toHaveLength(2);
    expect(at('/pagefind/pagefind-worker.js')).toHaveLength(2);
    // …the second only after the first results' fragments were fetched, and the filter files after that.
    const firstFragment = loaded.findIndex((pathname) => pathname.startsWith('/pagefind/fragment/'));
    const firstFilter = loaded.findIndex((pathname) => pathname.startsWith('/pagefind/filter/'));
    expect(firstFragment).toBeGreaterThan(-1);
    expect(at('/pagefind/pagefind.js')[1]).toBeGreaterThan(firstFragment);
    expect(firstFilter).toBeGreaterThan(at('/pagefind/pagefind.js')[1]!);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows no count while the counts for the results on screen are being worked out (a search marks them pending until then)', async () => {
    const context = await browser.newContext();
    const { page } = await openSearch(context, '?q=territory');
    await resultTitles(page);
    const counts = () =>
      page.$$eval('.facet-count', (elements) => ({
        all: elements.length,
        visible: elements.filter((element) => getComputedStyle(element).visibility === 'visible').length,
      }));
    const counted = await counts();
    expect(counted.visible).toBeGreaterThan(0);
    expect(counted.visible).toBe(counted.all);
    // The state a new search is in from its start until its counts arrive: the last search's counts stay out of sight.
    await page.evaluate(() => (document.querySelector<HTMLElement>('[data-search-app]')!.dataset.facets = 'pending'));
    expect(await counts()).toEqual({ all: counted.all, visible: 0 });
    await context.close();
  });

  it('on a phone, with the filters folded away, counts nothing until the reader opens them', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const before = served.length;
    const { page, errors } = await openSearch(context, '?q=territory');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0);
    expect(await page.$eval('[data-search-facets]', (details) => (details as HTMLDetailsElement).open)).toBe(false);
    // Time for a count to have started, had it been asked: no filter file, no counting Pagefind.
    await page.waitForTimeout(500);
    expect(await page.getAttribute('[data-search-app]', 'data-facets')).toBe('pending');
    const loaded = () => served.slice(before);
    expect(loaded().filter((pathname) => pathname.startsWith('/pagefind/filter/'))).toEqual([]);
    expect(loaded().filter((pathname) => pathname === '/pagefind/pagefind.js')).toHaveLength(1);
    await page.click('[data-search-facets] > summary');
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    expect(loaded().filter((pathname) => pathname.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
    expect(await page.locator('fieldset[data-facet="country"] input[value="AZ"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists everything that matches a filter when there is no query (browse mode), newest first when asked', async () => {
    const context = await browser.newContext();
    const { page } = await openSearch(context, '?type=statement&country=IR&sort=date');
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(2);
    const dates = await page.$$eval('[data-search-results] .card__meta', (metas) => metas.map((meta) => meta.textContent ?? ''));
    // The earliest day each result may have been said (its sort key), or none when undated.
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const earliest = dates.map((text) => {
      const match = /(?:(\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/.exec(text);
      return match ? `${match[3]}-${String(months.indexOf(match[2]!) + 1).padStart(2, '0')}-${(match[1] ?? '1').padStart(2, '0')}` : undefined;
    });
    const dated = earliest.filter((day): day is string => day !== undefined);
    expect(dated.length).toBeGreaterThan(2);
    expect(dated).toEqual([...dated].sort().reverse());
    // Undated statements come after every dated one, and say so.
    const firstUndated = earliest.indexOf(undefined);
    expect(firstUndated).toBeGreaterThan(0);
    expect(earliest.slice(firstUndated).every((day) => day === undefined)).toBe(true);
    for (const text of dates.slice(firstUndated)) expect(text).toContain('when it was said is not stated');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe with results and facets shown (${colorScheme})`, async () => {
      const context = await browser.newContext({ colorScheme });
      const { page } = await openSearch(context, '?q=Iran');
      expect((await resultTitles(page)).length).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('can be used from the keyboard alone', async () => {
    const context = await browser.newContext();
    const { page } = await openSearch(context);
    await page.focus('#search-q');
    await page.keyboard.type('Aliev');
    await page.keyboard.press('Enter');
    const titles = await resultTitles(page);
    // Found by an alias: the official spells it Aliyev.
    expect(titles).toContain('Ilham Aliyev');
    // Tab from the search box reaches the facets, and Space ticks one.
    for (let presses = 0; presses < 12; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    const ticked = await page.evaluate(() => {
      const box = document.activeElement as HTMLInputElement;
      return { name: box.name, value: box.value };
    });
    const tickedBox = await page.evaluateHandle(() => document.activeElement!);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.size > 1);
    // The filters are redrawn (the box ticked is replaced), and the focus stays on the box of the same value;
    // the next Tab moves on from it.
    await page.waitForFunction((box) => !box.isConnected, tickedBox);
    const focusedBox = () =>
      page.evaluate(() => {
        const box = document.activeElement as HTMLInputElement;
        return { name: box.name, value: box.value, checked: box.checked };
      });
    expect(await focusedBox()).toEqual({ ...ticked, checked: true });
    await page.keyboard.press('Tab');
    expect(await focusedBox()).not.toEqual({ ...ticked, checked: true });
    await context.close();
  });

  it('keeps the focus on a filter box whose count drops to 0 when the search changes under it', async () => {
    const context = await browser.newContext();
    const { page } = await openSearch(context);
    await resultTitles(page);
    // Browse counts: every value is listed. Take an official Aliyev's search does not find.
    const boxes = await page.$$eval('fieldset[data-facet="official"] input', (inputs) => inputs.map((box) => (box as HTMLInputElement).value));
    const probe = await openSearch(context, '?q=Aliev');
    await resultTitles(probe.page);
    const found = await probe.page.$$eval('fieldset[data-facet="official"] input', (inputs) => inputs.map((box) => (box as HTMLInputElement).value));
    const absent = boxes.find((value) => !found.includes(value));
    expect(absent).toBeDefined();
    await page.focus(`fieldset[data-facet="official"] input[value="${absent}"]`);
    // The search changes while the reader is on that box (as when the counts arrive after the results).
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('#search-q')!.value = 'Aliev';
      document.querySelector<HTMLFormElement>('[data-search-app] form')!.requestSubmit();
    });
    await page.waitForFunction(() => /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await resultTitles(page);
    const focused = await page.evaluate(() => {
      const box = document.activeElement as HTMLInputElement;
      return { value: box.value, checked: box.checked, label: box.parentElement?.textContent?.trim() };
    });
    expect(focused.value).toBe(absent);
    expect(focused.checked).toBe(false);
    expect(focused.label).toMatch(/\(0\)$/);
    await context.close();
  });

  it('finds a country by its own name and a statement by its Persian words', async () => {
    const context = await browser.newContext();
    // Exactly as typed: found by the native name the page carries, not by reading it as "Azerbaijan".
    const { page } = await openSearch(context, `?q=${encodeURIComponent('Azərbaycan')}&type=country&exact=1`);
    expect(await resultTitles(page)).toEqual(['Azerbaijan']);
    expect(await page.isHidden('[data-search-rewrite]')).toBe(true);
    // Two words of Nemoudar's Persian quote, as given in the article.
    const persian = await openSearch(context, `?q=${encodeURIComponent('رزمایش دریایی')}&type=statement`);
    const titles = await resultTitles(persian.page);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/^Dariush Nemoudar: “درباره رزمایش/);
    await context.close();
  });

  it('reads a name typed in Cyrillic or Azerbaijani letters as the name it spells, says so, and can search the words as typed', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openSearch(context);
    for (const typed of ['Алиев', 'Ильхам Алиев', 'İlham Əliyev']) {
      await showSearch(page, `?q=${encodeURIComponent(typed)}&type=statement`);
      const titles = await resultTitles(page);
      expect(titles.length, typed).toBeGreaterThanOrEqual(2);
      for (const title of titles) expect(title, typed).toMatch(/^Ilham Aliyev/);
      const note = await page.textContent('[data-search-rewrite]');
      expect(note, typed).toMatch(new RegExp(`^Showing results for “(Ilham )?Aliy?ev”: the names in “${typed}”, in Latin letters`));
    }
    expect(errors).toEqual([]);
    await showSearch(page, `?q=${encodeURIComponent('Алиев')}&type=statement`);
    await resultTitles(page);
    await page.click('[data-search-rewrite] a');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('exact') === '1');
    await resultTitles(page);
    expect(await page.isHidden('[data-search-rewrite]')).toBe(true);
    expect(await page.textContent('[data-search-status]')).toContain('“Алиев”');
    await context.close();
  });

  it('finds a word in Persian or Arabic letter forms with either spelling', async () => {
    const context = await browser.newContext();
    // The alias is written with Arabic yeh (ي); a reader types Persian yeh (ی), or the other way round.
    const { page } = await openSearch(context);
    for (const typed of ['داريوش', 'داریوش']) {
      await showSearch(page, `?q=${encodeURIComponent(typed)}&type=official`);
      expect(await resultTitles(page), typed).toEqual(['Dariush Nemoudar']);
    }
    // The quote has Persian kaf (ک); the query has Arabic kaf (ك).
    await showSearch(page, `?q=${encodeURIComponent('مشترك')}&type=statement`);
    const titles = await resultTitles(page);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/^Dariush Nemoudar/);
    await context.close();
  });

  it('says plainly that search needs JavaScript when it is off, and offers the browse lists by country instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?q=territory`);
    const notice = await page
      .locator('noscript')
      .first()
      .evaluate((element) => element.textContent ?? '');
    expect(notice).toContain('needs JavaScript');
    expect(await page.locator('.notice').first().isVisible()).toBe(true);
    // It offers the browse lists instead, by country too, and no promise that search is loading.
    expect(await page.locator('.notice a[href="/countries/az/"]').isVisible()).toBe(true);
    expect(await page.locator('.notice a[href="/claims/"]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-status]').textContent()).toBe('');
    // No search box, filters or results heading that could only do nothing.
    expect(await page.locator('#search-q').isVisible()).toBe(false);
    expect(await page.locator('#results-heading').isVisible()).toBe(false);
    await context.close();
  });
});
