// Builds the site from the good fixture content and checks every page against the dataset it came from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stances } from '../../src/schemas/stance.ts';
import { statementForms } from '../../src/schemas/statement.ts';
import { claimStatuses } from '../../src/schemas/status.ts';
import type { Dataset } from '../../src/build/dataset.ts';
import { urls } from '../../src/site/urls.ts';
import { brokenInternalLinks, htmlFiles, readPage } from './build-helpers.ts';
import { sharedSite } from './shared-sites.ts';
import { builtOutputs, misquotes, paraphrasedWords } from './misquotes.ts';

let build: { outDir: string };
let dataset: Dataset;

beforeAll(async () => {
  const site = await sharedSite('good');
  build = site;
  dataset = site.dataset;
});

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the fixture site', () => {
  it('never puts a paraphrase inside quotation marks: titles, meta tags, page text, search records', () => {
    const paraphrases = paraphrasedWords(dataset);
    expect(paraphrases.length).toBeGreaterThanOrEqual(8);
    const outputs = builtOutputs(build.outDir);
    expect(outputs.filter((output) => output.where.startsWith('search record')).length).toBeGreaterThan(50);
    expect(misquotes(paraphrases, outputs)).toEqual([]);
    // The sweep finds a misquote where there is one: the old statement title put the shown words in quotes.
    expect(misquotes(paraphrases, [{ where: 'a title', text: `Ilham Aliyev: “${paraphrases[0]}”` }])).toHaveLength(1);
  });

  it('runs no script on any page but search', () => {
    for (const file of htmlFiles(build.outDir)) {
      const scripts = readFileSync(path.join(build.outDir, file), 'utf8').match(/<script\b[^>]*>/gi) ?? [];
      const executable = scripts.filter((tag) => !tag.includes('type="application/json"'));
      expect(executable, file).toHaveLength(file === 'search/index.html' ? 1 : 0);
    }
  });

  it('marks every paraphrase as one, so no quotation marks are drawn around it', () => {
    const paraphrases = new Set(paraphrasedWords(dataset).map(folded));
    for (const statement of dataset.statements) {
      for (const element of readPage(build.outDir, urls.statement(statement.id)).querySelectorAll('.statement-text')) {
        if (paraphrases.has(folded(element.text))) expect(element.getAttribute('data-form'), statement.id).toBe('paraphrase');
      }
    }
  });

  it('gives every claim a page with its proposition and a link to each statement in its timeline', () => {
    for (const claim of dataset.claims) {
      const page = readPage(build.outDir, urls.claim(claim.id));
      expect(folded(page.querySelector('h1')!.text)).toBe(claim.data.short);
      expect(folded(page.text)).toContain(claim.data.proposition);
      const linked = page.querySelectorAll('#timeline ~ ol a').map((anchor) => anchor.getAttribute('href'));
      for (const entry of claim.timeline) expect(linked).toContain(urls.statement(entry.statementId));
    }
  });

  it('lists every report of a statement reported by two articles, with each outlet and original link', () => {
    const merged = dataset.statements.filter((statement) => statement.reports.length > 1);
    expect(merged.length).toBeGreaterThan(0);
    for (const statement of merged) {
      const page = readPage(build.outDir, urls.statement(statement.id));
      const reports = page.querySelectorAll('#reports ~ ol > li');
      expect(reports.length).toBe(statement.reports.length);
      for (const report of statement.reports) {
        expect(page.querySelector(`a[href="${urls.source(report.outletId)}"]`)).not.toBeNull();
        expect(page.querySelector(`a[href="${dataset.articlesById.get(report.articleId)!.data.url}"]`)).not.toBeNull();
      }
    }
  });

  it('marks the language and direction of quoted text', () => {
    const foreign = dataset.statements.flatMap((statement) => statement.reports).filter((report) => !report.language.startsWith('en'));
    expect(foreign.length).toBeGreaterThan(0);
    for (const report of foreign) {
      const statementId = dataset.statements.find((statement) => statement.reports.includes(report))!.id;
      const quote = readPage(build.outDir, urls.statement(statementId)).querySelector(`.statement-text[lang="${report.language}"]`);
      expect(quote, statementId).not.toBeNull();
      expect(quote!.getAttribute('dir')).toBe(['fa', 'ar', 'he', 'ur'].includes(report.language.split('-')[0]!) ? 'rtl' : undefined);
    }
  });

  it('flags an official who took opposite stances on one claim', () => {
    const flagged = dataset.officials.filter((official) => official.oppositeStanceClaimIds.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    for (const official of flagged) {
      const page = readPage(build.outDir, urls.official(official.id));
      expect(page.querySelector('.notice')!.text).toContain('both asserted and denied');
      const section = page.querySelector('#consistency')!.parentNode;
      for (const claimId of official.oppositeStanceClaimIds) {
        expect(section.querySelector(`h3 a[href="${urls.claim(claimId)}"]`)).not.toBeNull();
        expect(section.querySelectorAll('ul[aria-label="Asserted"] > li').length).toBeGreaterThan(0);
        expect(section.querySelectorAll('ul[aria-label="Denied"] > li').length).toBeGreaterThan(0);
      }
    }
  });

  it('lists each source’s articles and each country’s claims, officials and outlets', () => {
    for (const source of dataset.sources) {
      const page = readPage(build.outDir, urls.source(source.id));
      for (const articleId of source.articleIds) expect(page.querySelector(`a[href="${urls.article(articleId)}"]`)).not.toBeNull();
    }
    for (const country of dataset.countries) {
      const page = readPage(build.outDir, urls.country(country.code));
      expect(page.querySelector('h1')!.text).toBe(country.name);
      for (const id of country.claimIds) expect(page.querySelector(`a[href="${urls.claim(id)}"]`)).not.toBeNull();
      for (const id of country.officialIds) expect(page.querySelector(`a[href="${urls.official(id)}"]`)).not.toBeNull();
      for (const id of country.sourceIds) expect(page.querySelector(`a[href="${urls.source(id)}"]`)).not.toBeNull();
    }
  });

  it('renders each article body, and every index page links to every entry', () => {
    for (const article of dataset.articles) {
      const page = readPage(build.outDir, urls.article(article.id));
      expect(page.querySelector('.article-body')!.innerHTML.trim()).toBe(article.bodyHtml.trim());
    }
    const indexes: [string, string[]][] = [
      [urls.claims(), dataset.claims.map((claim) => urls.claim(claim.id))],
      [urls.statements(), dataset.statements.map((statement) => urls.statement(statement.id))],
      [urls.articles(), dataset.articles.map((article) => urls.article(article.id))],
      [urls.officials(), dataset.officials.map((official) => urls.official(official.id))],
      [urls.sources(), dataset.sources.map((source) => urls.source(source.id))],
      [urls.countries(), dataset.countries.map((country) => urls.country(country.code))],
    ];
    for (const [index, permalinks] of indexes) {
      const page = readPage(build.outDir, index);
      for (const permalink of permalinks) expect(page.querySelector(`main a[href="${permalink}"]`), `${index} → ${permalink}`).not.toBeNull();
    }
  });

  it('has no broken internal link anywhere', () => {
    expect(brokenInternalLinks(build.outDir)).toEqual([]);
  });
});

describe('the fixture site’s metadata', () => {
  it('gives every page a canonical link, Open Graph and Twitter meta, and lists the entries in the sitemap', () => {
    const detail = [
      ...dataset.claims.map((claim) => urls.claim(claim.id)),
      ...dataset.statements.map((statement) => urls.statement(statement.id)),
      ...dataset.officials.map((official) => urls.official(official.id)),
    ];
    const sitemap = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    for (const permalink of [urls.home(), urls.methodology(), ...detail]) {
      const page = readPage(build.outDir, permalink);
      const canonical = page.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(new URL(canonical).pathname).toBe(permalink);
      expect(page.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(canonical);
      expect(page.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBeTruthy();
      expect(page.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary');
      expect(page.querySelector('meta[name="description"]')!.getAttribute('content')).toBeTruthy();
      expect(sitemap).toContain(`<loc>${canonical}</loc>`);
    }
  });

  it('says when each entry page was last updated, as a plain date', () => {
    for (const claim of dataset.claims) {
      const time = readPage(build.outDir, urls.claim(claim.id)).querySelector('.last-updated time')!;
      expect(time.getAttribute('datetime')).toBe(claim.lastUpdated);
      expect(time.text).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    }
  });

  it('links each statement of an article to the passage it relies on', () => {
    let linked = 0;
    for (const article of dataset.articles) {
      const page = readPage(build.outDir, urls.article(article.id));
      for (const [, anchor] of article.passageAnchors) {
        expect(page.querySelector(`a[href="#${anchor}"]`)).not.toBeNull();
        expect(page.querySelector(`.article-body p[id="${anchor}"]`)).not.toBeNull();
        linked += 1;
      }
    }
    expect(linked).toBeGreaterThan(5);
  });

  it('publishes the status scale, stances and forms with their definitions from the schemas', () => {
    const text = readPage(build.outDir, urls.methodology()).text.replace(/\s+/g, ' ');
    for (const definition of [...Object.values(claimStatuses), ...Object.values(stances), ...Object.values(statementForms)]) {
      expect(text).toContain(definition);
    }
  });

  it('names the repository without a link when the build does not know its address', () => {
    const contribute = readPage(build.outDir, urls.contribute());
    expect(contribute.text).toContain('Fork and clone the project');
    expect(contribute.querySelectorAll('main a').map((a) => a.getAttribute('href')).filter((href) => href?.startsWith('http'))).toEqual([]);
    expect(readPage(build.outDir, urls.corrections()).querySelectorAll('main a[href^="http"]')).toHaveLength(0);
  });
});
