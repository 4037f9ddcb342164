import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { builtHtmlFiles } from '../../src/site/built-pages.ts';
import { markupProblems } from '../../src/site/markup-check.ts';
import { brokenLinks, pagePath, pageSources, positionOf, readBuiltPage, type PageFacts, type SiteProblem } from '../../src/site/site-check.ts';

/** A problem with where to fix it: the content file (and line, when its evidence is found there) the page is built from. */
export interface LocatedProblem extends SiteProblem {
  source?: { file: string; line: number; column: number };
}

/**
 * Checks every page of a built site (see src/site/site-check.ts) and maps each problem to the content file
 * its page is built from. `checkMarkup` picks the pages html-validate reads (about 15 ms a page).
 */
export function checkBuiltSite(options: { outDir: string; root: string; contentDir: string; dataset?: Dataset; checkMarkup?: (page: string) => boolean }): {
  pages: number;
  problems: LocatedProblem[];
} {
  const { outDir } = options;
  const origin = siteOrigin(outDir);
  const files = builtHtmlFiles(outDir);
  const problems: SiteProblem[] = [];
  const pages = new Map<string, PageFacts>();
  for (const file of files) {
    const page = pagePath(file);
    const html = readFileSync(path.join(outDir, file), 'utf8');
    const read = readBuiltPage(page, html, origin);
    problems.push(...read.problems);
    pages.set(page, read.facts);
    if (options.checkMarkup?.(page) ?? true) problems.push(...markupProblems(page, html));
  }
  problems.push(...brokenLinks(pages, (target) => existsSync(path.join(outDir, target)) && !target.endsWith('/')));
  problems.push(...sitemapProblems(outDir, origin, pages));
  const sources = options.dataset ? pageSources(options.dataset, options.contentDir) : new Map<string, string[]>();
  return { pages: files.length, problems: problems.map((problem) => locate(problem, sources.get(problem.page) ?? [], options.root)) };
}

/** The site's address, from the home page's canonical link. */
function siteOrigin(outDir: string): string {
  const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  if (!canonical) throw new Error(`${outDir}/index.html has no canonical link to read the site's address from`);
  return new URL(canonical).origin;
}

/** Every address in the sitemap is a page of the site. */
function sitemapProblems(outDir: string, origin: string, pages: ReadonlyMap<string, PageFacts>): SiteProblem[] {
  const sitemaps = readdirSync(outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  return sitemaps.flatMap((file) =>
    [...readFileSync(path.join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((match) => new URL(match[1]!))
      .filter((url) => url.origin !== origin || !pages.has(decodeURIComponent(url.pathname)))
      .map((url) => ({ page: `/${file}`, rule: 'broken-link' as const, message: `lists ${url.href}, which the site does not have`, evidence: url.href })),
  );
}

function locate(problem: SiteProblem, files: readonly string[], root: string): LocatedProblem {
  for (const file of files) {
    const text = existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined;
    if (text === undefined) continue;
    const position = problem.evidence === undefined ? undefined : positionOf(text, problem.evidence);
    if (position) return { ...problem, source: { file, ...position } };
  }
  return files[0] === undefined ? problem : { ...problem, source: { file: files[0], line: 1, column: 1 } };
}
