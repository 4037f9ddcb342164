// The check of a built site (npm run check-site): clean on the sites we build, and each kind of problem
// found, named by page and rule, and traced to the content file (and line) the page is built from.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../scripts/lib/check-built-site.ts';
import { brokenLinks, pagePath, readBuiltPage } from '../../src/site/site-check.ts';
import { urls } from '../../src/site/urls.ts';
import { projectRoot } from './build-helpers.ts';
import { sharedSite } from './shared-sites.ts';

const origin = 'https://claim-tracker.example';

describe('the built-site check', () => {
  for (const name of ['seed', 'good'] as const) {
    it(`finds nothing wrong on the ${name} site: valid HTML, no handler, no foreign script, no broken link`, async () => {
      const site = await sharedSite(name);
      const { pages, problems } = checkBuiltSite({ outDir: site.outDir, root: projectRoot, contentDir: site.contentDir, dataset: site.dataset });
      expect(pages).toBeGreaterThan(30);
      expect(problems).toEqual([]);
    });
  }

  it('finds nothing wrong on the large site (the markup of one page of each kind)', async () => {
    const site = await sharedSite('large');
    const kinds = new Set<string>();
    // The first page of each folder: html-validate takes ~15 ms a page; the other checks read every page.
    const checkMarkup = (page: string) => {
      const kind = page.split('/').slice(0, 2).join('/');
      if (kinds.has(kind)) return false;
      kinds.add(kind);
      return true;
    };
    const { pages, problems } = checkBuiltSite({ outDir: site.outDir, root: projectRoot, contentDir: site.contentDir, dataset: site.dataset, checkMarkup });
    expect(pages).toBeGreaterThan(500);
    expect(kinds.size).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('reports handlers, unsafe addresses, scripts and frames that are not ours, in any spelling', () => {
    const html = `<!doctype html><html><head><script src="https://cdn.example/x.js"></script><script>alert(1)</script>
      <script type="application/ld+json">{}</script><script type="module" src="/_astro/search.js"></script></head><body>
      <a href=" jav&#x09;ascript:alert(1)">a</a><a href="JAVASCRIPT:alert(1)">b</a><img src="data:image/svg+xml,<svg/>" alt="">
      <svg><a xlink:href="vbscript:x">c</a></svg><p onmouseover="x()" OnClick="y()">d</p><iframe src="/x/"></iframe>
      <a href="mailto:editors@example.org">e</a><a href="https://elsewhere.example/">f</a></body></html>`;
    const { problems } = readBuiltPage('/p/', html, origin);
    const found = problems.map((problem) => `${problem.rule}: ${problem.evidence}`);
    expect(found).toEqual([
      'foreign-script: https://cdn.example/x.js',
      'foreign-script: alert(1)',
      'unsafe-url:  jav\tascript:alert(1)',
      'unsafe-url: JAVASCRIPT:alert(1)',
      'unsafe-url: data:image/svg+xml,<svg/>',
      'unsafe-url: vbscript:x',
      'event-handler: x()',
      'event-handler: y()',
      'foreign-script: <iframe src="/x/"></iframe>',
    ]);
  });

  it('reports a link to a page the site lacks and to an id its page lacks, also by its full address', () => {
    const page = (path: string, body: string) => readBuiltPage(path, `<html><body>${body}</body></html>`, origin).facts;
    const pages = new Map(
      [
        page('/a/', '<h2 id="here">x</h2><a href="/b/#there">1</a><a href="/b/#missing">2</a><a href="#here">3</a><a href="#gone">4</a>'),
        page(
          '/b/',
          '<p id="there"><a href="/nowhere/">5</a><a href="https://claim-tracker.example/a/">6</a><a href="/favicon.svg">7</a><a href="../a/">8</a></p>',
        ),
      ].map((facts) => [facts.page, facts]),
    );
    const problems = brokenLinks(pages, (target) => target === '/favicon.svg');
    expect(problems.map((problem) => `${problem.page} ${problem.rule} ${problem.evidence}`)).toEqual([
      '/a/ broken-fragment /b/#missing',
      '/a/ broken-fragment #gone',
      '/b/ broken-link /nowhere/',
    ]);
    expect(pagePath('claims/x/index.html')).toBe('/claims/x/');
    expect(pagePath('404.html')).toBe('/404.html');
  });

  it('traces a problem on an entry’s page to its content file, at the line of the offending text', async () => {
    const site = await sharedSite('good');
    const work = path.join(projectRoot, 'tests/.tmp/site-check');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(site.outDir, path.join(work, 'dist'), { recursive: true });
    cpSync(path.join(projectRoot, site.contentDir), path.join(work, 'content'), { recursive: true });
    // A statement page: its files are the articles that report it.
    const statement = site.dataset.statements.find((entry) => entry.reports.length === 1)!;
    const article = site.dataset.articles.find((entry) => entry.id === statement.reports[0]!.articleId)!;
    const articleFile = path.join('content', path.relative(site.contentDir, article.file));
    const pageFile = path.join(work, 'dist', urls.statement(statement.id), 'index.html');
    writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replace('<main', '<a href="javascript:void(0)">x</a><main'));
    const contentFile = path.join(work, articleFile);
    writeFileSync(contentFile, `${readFileSync(contentFile, 'utf8')}\nSee javascript:void(0) here.\n`);
    const lines = readFileSync(contentFile, 'utf8').split('\n');
    const { problems } = checkBuiltSite({
      outDir: path.join(work, 'dist'),
      root: work,
      contentDir: 'content',
      dataset: rebased(site.dataset, site.contentDir),
      checkMarkup: () => false,
    });
    expect(problems).toEqual([
      {
        page: urls.statement(statement.id),
        rule: 'unsafe-url',
        message: '<a href> has a javascript: address',
        evidence: 'javascript:void(0)',
        source: { file: articleFile, line: lines.findIndex((line) => line.includes('javascript:void(0)')) + 1, column: 5 },
      },
    ]);
  });
});

/** The dataset with its articles' files named as in the copied content folder. */
function rebased<T extends { articles: { file: string }[] }>(dataset: T, contentDir: string): T {
  return { ...dataset, articles: dataset.articles.map((article) => ({ ...article, file: path.join('content', path.relative(contentDir, article.file)) })) };
}
