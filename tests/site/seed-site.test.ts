// Builds the real site from content/ (the two seed articles) and checks what a reader gets.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { stances, type Stance } from '../../src/schemas/stance.ts';
import { stanceGlyphs, stanceLabels, statusGlyphs, statusLabels } from '../../src/site/labels.ts';
import { claimStatuses } from '../../src/schemas/status.ts';
import { urls } from '../../src/site/urls.ts';
import { buildSite, facts, htmlFiles, projectRoot, readPage } from './build-helpers.ts';
import { repositoryUrl, seedEnv, sharedSite } from './shared-sites.ts';
import { builtOutputs, misquotes, paraphrasedWords } from './misquotes.ts';

let build: { outDir: string };
let dataset: Dataset;

beforeAll(async () => {
  const site = await sharedSite('seed');
  build = site;
  dataset = site.dataset;
});

// What the seed articles put on the site. Later articles add to the same pages, so the expectations here
// are the seeds' own facts, or are computed from the dataset: adding an article must not break them.
describe('the seed site', () => {
  it('never puts a paraphrase inside quotation marks, in titles, meta tags, page text or search records', () => {
    const paraphrases = paraphrasedWords(dataset);
    expect(paraphrases).toContain('Aliyev expressed his administration’s commitment to strengthening Iran’s security.');
    expect(misquotes(paraphrases, builtOutputs(build.outDir))).toEqual([]);
    const page = readPage(build.outDir, urls.statement('aliyev-commits-to-strengthening-iran-security'));
    expect(page.querySelector('title')!.text).toBe(
      'Ilham Aliyev, as paraphrased by Tehran Times: Aliyev expressed his administration’s commitment to strengthening Iran’s… · Claim Tracker',
    );
  });

  it('shows the reception as an event, linked from its statements, claim and speakers', () => {
    const event = 'aliyev-receives-irans-defence-minister-nasirzadeh';
    const page = readPage(build.outDir, urls.event(event));
    expect(page.querySelector('h1')!.text).toBe('Ilham Aliyev receives Iran’s Minister of Defense, Aziz Nasirzadeh');
    expect(facts(page)['When']).toContain('about 6 February 2026');
    expect(facts(page)['Where']).toBe('not stated by the sources');
    for (const href of [
      urls.statement('aliyev-azerbaijan-will-not-allow-any-threat-against-iran'),
      urls.claim('azerbaijan-lets-israel-use-its-territory-against-iran'),
      urls.official('aziz-nasirzadeh'),
    ]) {
      expect(readPage(build.outDir, href).querySelector(`a[href="${urls.event(event)}"]`), href).not.toBeNull();
    }
    expect(readPage(build.outDir, urls.events()).querySelector(`a[href="${urls.event(event)}"]`)).not.toBeNull();
  });

  it('shows the chain of reports behind a second-hand statement, in the words of the article', () => {
    const page = readPage(build.outDir, urls.statement('iran-security-agencies-found-no-evidence-of-israel-military-ties'));
    expect(page.querySelector('#reports ~ ol .source-chain')!.text.replace(/\s+/g, ' ')).toBe(
      'According to Azerbaijani outlets, which the article does not name, citing an Iranian economic publication, also unnamed, in which the article says the remarks first appeared',
    );
  });

  it('has a page for every claim, statement, article, official, source and country, and an index of each', () => {
    const permalinks = [
      ...dataset.claims.map((claim) => urls.claim(claim.id)),
      ...dataset.statements.map((statement) => urls.statement(statement.id)),
      ...dataset.articles.map((article) => urls.article(article.id)),
      ...dataset.officials.map((official) => urls.official(official.id)),
      ...dataset.sources.map((source) => urls.source(source.id)),
      ...dataset.countries.map((country) => urls.country(country.code)),
      urls.home(),
      urls.claims(),
      urls.statements(),
      urls.articles(),
      urls.officials(),
      urls.sources(),
      urls.countries(),
    ];
    expect(dataset.statements.length).toBeGreaterThanOrEqual(6); // the seeds' statements, and any added since
    for (const permalink of permalinks) expect(readPage(build.outDir, permalink).querySelector('h1')?.text.trim()).toBeTruthy();
  });

  it('uses the permalinks the issue promises', () => {
    for (const permalink of [
      '/claims/azerbaijan-lets-israel-use-its-territory-against-iran/',
      '/officials/ilham-aliyev/',
      '/sources/tehran-times/',
      '/countries/az/',
      '/countries/ir/',
      '/countries/il/',
    ]) {
      expect(() => readPage(build.outDir, permalink)).not.toThrow();
    }
  });

  it('shows the central claim with its status, its denials and the outlets that carried them', () => {
    const page = readPage(build.outDir, '/claims/azerbaijan-lets-israel-use-its-territory-against-iran/');
    expect(page.querySelector('h1')!.text).toBe('Azerbaijan lets Israel use its territory against Iran');
    const text = page.text.replace(/\s+/g, ' ');
    const claim = dataset.claimsById.get('azerbaijan-lets-israel-use-its-territory-against-iran')!;
    // The verdict leads, right under the heading: its mark and word, then what the status means.
    const verdict = page.querySelector('h1')!.nextElementSibling!;
    expect(verdict.classList.contains('verdict')).toBe(true);
    expect(verdict.querySelector('.status')!.text.replace(/\s+/g, ' ').trim()).toBe(`${statusGlyphs[claim.status]}${statusLabels[claim.status]}`);
    expect(verdict.text).toContain(claimStatuses[claim.status]);
    expect(text).toContain('Azerbaijan will not allow any threat from its territory to be directed against the Islamic Republic of Iran.');
    const timeline = page.querySelector('#timeline')!.parentNode;
    const speakers = timeline.querySelectorAll('h3 a').map((anchor) => anchor.text);
    expect(speakers).toHaveLength(claim.timeline.length);
    expect(speakers).toEqual(expect.arrayContaining(['Government of Azerbaijan', 'Ilham Aliyev', "Iran's security agencies"]));
    expect(timeline.querySelectorAll('a[href="/sources/tehran-times/"]').length).toBeGreaterThanOrEqual(3);
    expect(timeline.querySelectorAll('a[href="/sources/lunartech-lens/"]').length).toBeGreaterThanOrEqual(1);
    // The second-hand report has no date, and says so rather than inventing one.
    expect(timeline.text).toContain('date not stated');
    const tallies = page.querySelectorAll('.tallies li').map((item) => item.text.replace(/\s+/g, ' ').trim());
    expect(tallies).toEqual((Object.keys(stances) as Stance[]).map((stance) => `${stanceGlyphs[stance]}${stanceLabels[stance]}${claim.tallies[stance]}`));
    expect(claim.tallies.denies).toBeGreaterThanOrEqual(2);
  });

  it('gives every claim and statement page a share card image (1200×630 PNG, in the built site) with alt text; other pages a plain summary', () => {
    const meta = (page: ReturnType<typeof readPage>, key: string) =>
      page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    const pages = [...dataset.claims.map((claim) => urls.claim(claim.id)), ...dataset.statements.map((statement) => urls.statement(statement.id))];
    for (const permalink of pages) {
      const page = readPage(build.outDir, permalink);
      const image = new URL(meta(page, 'og:image')!);
      expect(image.origin, permalink).toBe('https://claim-tracker.example');
      const png = readFileSync(path.join(build.outDir, image.pathname));
      expect([png.toString('latin1', 1, 4), png.readUInt32BE(16), png.readUInt32BE(20)], permalink).toEqual(['PNG', 1200, 630]);
      expect([meta(page, 'og:image:width'), meta(page, 'og:image:height'), meta(page, 'twitter:card')]).toEqual(['1200', '630', 'summary_large_image']);
      expect(meta(page, 'og:image:alt')).toBe(meta(page, 'twitter:image:alt'));
    }
    const claimPage = readPage(build.outDir, urls.claim('azerbaijan-lets-israel-use-its-territory-against-iran'));
    expect(meta(claimPage, 'og:image:alt')).toMatch(
      /^Claim card from Claim Tracker\. Azerbaijan lets Israel use its territory against Iran\. Status: Denied\./,
    );
    const statementPage = readPage(build.outDir, urls.statement('aliyev-azerbaijan-will-not-allow-any-threat-against-iran'));
    expect(meta(statementPage, 'og:image:alt')).toMatch(
      /^Statement card from Claim Tracker\. Ilham Aliyev denied that Azerbaijan lets Israel use its territory against Iran\. Status of the claim: Denied\. Said /,
    );
    const home = readPage(build.outDir, urls.home());
    expect([meta(home, 'og:image'), meta(home, 'twitter:card')]).toEqual([undefined, 'summary']);
  });

  it('writes real plurals everywhere: no "(s)", no "1 claims", no "Said date not stated"', () => {
    const wrong: string[] = [];
    for (const file of htmlFiles(build.outDir)) {
      const page = parse(readFileSync(path.join(build.outDir, file), 'utf8'));
      const words = [page.querySelector('body')!.text, ...page.querySelectorAll('meta[content]').map((meta) => meta.getAttribute('content')!)].join('\n');
      for (const match of words.matchAll(
        /(?<!http)\(s\)|\b1 (claims|statements|officials|outlets|articles|accounts|reports|countries|pages)\b|Said date not stated/g,
      ))
        wrong.push(`${file}: ${match[0]}`);
    }
    expect(wrong).toEqual([]);
  });

  it('marks every link to a contributed address nofollow, ugc and noopener (only the repository’s own links are not)', () => {
    const unmarked: string[] = [];
    let outbound = 0;
    for (const file of htmlFiles(build.outDir)) {
      for (const anchor of parse(readFileSync(path.join(build.outDir, file), 'utf8')).querySelectorAll('a[href^="http"]')) {
        if (anchor.getAttribute('href')!.startsWith(repositoryUrl)) continue;
        outbound += 1;
        if (anchor.getAttribute('rel') !== 'nofollow ugc noopener') unmarked.push(`${file}: ${anchor.getAttribute('href')}`);
      }
    }
    expect(outbound).toBeGreaterThan(10);
    expect(unmarked).toEqual([]);
  });

  it('builds byte for byte the same site from the same content twice (SOURCE_DATE_EPOCH stands for today)', async () => {
    const again = await buildSite('content', 'tests/.tmp/sites/seed-again/dist', seedEnv);
    expect(again.exitCode, again.output).toBe(0);
    const digests = (dir: string) =>
      new Map(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const file = path.join(entry.parentPath, entry.name);
            return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const;
          }),
      );
    const first = digests(build.outDir);
    const second = digests(again.outDir);
    expect(first.size).toBeGreaterThan(100);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...first].filter(([file, digest]) => second.get(file) !== digest).map(([file]) => file)).toEqual([]);
  }, 120_000);

  it('shows an unknown publication date as unknown and an inferred one with its basis', () => {
    const lens = facts(readPage(build.outDir, '/articles/tehran-no-evidence-against-azerbaijan/'));
    expect(lens['Published']).toBe('date not stated');
    expect(lens['Authors']).toBe('not named in the article');
    const tehranTimes = readPage(build.outDir, '/articles/aliyev-will-not-allow-any-threat/');
    expect(facts(tehranTimes)['Published']).toMatch(/^not before 6 February 2026 \(not stated in the source: The Tehran Times text states no date\./);
    expect(tehranTimes.querySelector('a[href^="https://www.presstv.ir/"]')).not.toBeNull();
  });

  it('shows a statement under a heading of who took which stance on which claim, with its form, speaker, the claim’s status and a link back to the original article', () => {
    const page = readPage(build.outDir, '/statements/aliyev-azerbaijan-will-not-allow-any-threat-against-iran/');
    const text = page.text.replace(/\s+/g, ' ');
    expect(text).toContain('Direct quote');
    expect(page.querySelector('h1')!.text).toBe('Ilham Aliyev denied that Azerbaijan lets Israel use its territory against Iran');
    expect(text).toContain('Ilham Aliyev: President of Azerbaijan');
    const claim = dataset.claimsById.get('azerbaijan-lets-israel-use-its-territory-against-iran')!;
    expect(facts(page)['Bears on']).toContain(`${statusGlyphs[claim.status]}${statusLabels[claim.status]}`);
    expect(page.querySelector('dl.facts a[href="/officials/ilham-aliyev/"]')).not.toBeNull();
    expect(page.querySelector('a[href="https://www.tehrantimes.com/print/523516/Azerbaijan-will-not-allow-any-threat-against-Iran-from-its"]')).not.toBeNull();
    const secondHand = readPage(build.outDir, '/statements/iran-security-agencies-found-no-evidence-of-israel-military-ties/').text.replace(/\s+/g, ' ');
    expect(secondHand).toContain('According to Azerbaijani outlets');
    expect(secondHand).toContain('Paraphrase');
  });

  it('names countries through Intl and lists what concerns them', () => {
    const page = readPage(build.outDir, '/countries/az/');
    expect(page.querySelector('h1')!.text).toBe('Azerbaijan');
    expect(page.querySelector('a[href="/claims/azerbaijan-lets-israel-use-its-territory-against-iran/"]')).not.toBeNull();
    expect(page.querySelector('a[href="/officials/ilham-aliyev/"]')).not.toBeNull();
  });

  it('runs no script but on the search page, where it is an external module, and has no inline event handler', () => {
    for (const file of htmlFiles(build.outDir)) {
      const html = readFileSync(path.join(build.outDir, file), 'utf8');
      expect(html, file).not.toMatch(/\son[a-z]+\s*=/i);
      // Data blocks (the search page's labels, JSON-LD) are not executed; the one executable script, on the
      // search page, is a same-origin file the CSP allows.
      const executable = (html.match(/<script\b[^>]*>/gi) ?? []).filter((tag) => !/type="application\/(ld\+)?json"/.test(tag));
      if (file !== 'search/index.html') {
        expect(executable, file).toEqual([]);
        continue;
      }
      expect(executable).toHaveLength(1);
      expect(executable[0]).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    }
  });

  it('sends a Content-Security-Policy that allows only its own scripts, Pagefind’s WebAssembly and worker', () => {
    for (const file of htmlFiles(build.outDir)) {
      const csp = parse(readFileSync(path.join(build.outDir, file), 'utf8')).querySelector('meta[http-equiv="content-security-policy"]');
      expect(csp, file).not.toBeNull();
      const policy = csp!.getAttribute('content')!;
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
      expect(policy).toContain("worker-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
    }
  });

  it('serves the contributor guide and the reviewer’s checklist from the repository’s own files, linked to the repository', () => {
    const contribute = readPage(build.outDir, urls.contribute());
    const links = contribute.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining([
        `${repositoryUrl}/fork`,
        repositoryUrl,
        `${repositoryUrl}/pulls`,
        urls.contributorGuide(),
        urls.contributorGuide('field-reference'),
      ]),
    );
    expect(contribute.querySelector('[data-repository-unknown]')).toBeNull();
    const checklist = readFileSync(path.join(projectRoot, '.github/PULL_REQUEST_TEMPLATE.md'), 'utf8').match(/^- \[ \] .+$/gm)!;
    const items = contribute.querySelectorAll('main li').map((li) => li.text.replace(/\s+/g, ' ').trim());
    expect(checklist.length).toBeGreaterThan(5);
    for (const line of checklist) expect(items).toContain(parse(line.slice(6).replace(/`([^`]+)`/g, '<code>$1</code>')).text);

    const guide = readPage(build.outDir, urls.contributorGuide());
    const contributing = readFileSync(path.join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
    const sections = contributing.match(/^## .+$/gm)!.map((heading) => heading.slice(3));
    expect(guide.querySelectorAll('nav.toc a').map((a) => a.text)).toEqual(sections);
    for (const a of guide.querySelectorAll('nav.toc a')) expect(guide.querySelector(`[id="${a.getAttribute('href')!.slice(1)}"]`), a.text).not.toBeNull();
    expect(guide.querySelector('#field-reference')).not.toBeNull();
    // A long page: every section ends with a link back to the list, and a command that scrolls can be reached by keyboard.
    expect(guide.querySelector('nav.toc')!.getAttribute('id')).toBe('sections');
    expect(guide.querySelectorAll('.guide a[href="#sections"]')).toHaveLength(sections.length);
    expect(guide.querySelectorAll('.guide pre').length).toBeGreaterThan(2);
    for (const pre of guide.querySelectorAll('.guide pre')) expect(pre.getAttribute('tabindex')).toBe('0');
    expect(guide.querySelectorAll('.guide table').length).toBeGreaterThanOrEqual(4); // the generated field reference
    expect(guide.querySelector(`a[href="${repositoryUrl}/blob/HEAD/CONTRIBUTING.md"]`)).not.toBeNull();
  });

  it('has an About page from ABOUT.md: who runs it, how it is funded, how to reach the editors, how independence is kept; linked from every page', () => {
    const about = readPage(build.outDir, urls.about());
    expect(about.querySelectorAll('main h2').map((heading) => heading.getAttribute('id'))).toEqual([
      'who-runs-it',
      'how-it-is-funded',
      'how-to-reach-the-editors',
      'how-independence-is-kept',
    ]);
    expect(about.querySelector(`main a[href="${repositoryUrl}/issues/new"]`)).not.toBeNull();
    for (const permalink of [urls.home(), urls.claims(), urls.about()])
      expect(readPage(build.outDir, permalink).querySelector('footer a[href="/about/"]')).not.toBeNull();
  });

  it('builds a Pagefind index of the detail pages only', () => {
    const entry = JSON.parse(readFileSync(path.join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // One page per claim, statement, article, official, outlet, country and event: listing pages are not results.
    const detailPages =
      dataset.claims.length +
      dataset.statements.length +
      dataset.articles.length +
      dataset.officials.length +
      dataset.sources.length +
      dataset.countries.length +
      dataset.events.length;
    expect(entry.languages.en?.page_count).toBe(detailPages);
    expect(readPage(build.outDir, '/claims/').querySelector('[data-pagefind-body]')).toBeNull();
    expect(readPage(build.outDir, '/claims/azerbaijan-lets-israel-use-its-territory-against-iran/').querySelector('[data-pagefind-body]')).not.toBeNull();
  });
});
