import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export { buildSite, projectRoot, type BuildOutcome } from '../../scripts/lib/build-site.ts';

/** The parsed HTML of a page by its permalink (`/claims/x/`). */
export function readPage(outDir: string, permalink: string): HTMLElement {
  const file = path.join(outDir, permalink, 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${permalink} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

export function pageExists(outDir: string, permalink: string): boolean {
  return existsSync(path.join(outDir, permalink, 'index.html'));
}

export { builtHtmlFiles as htmlFiles } from '../../src/site/built-pages.ts';

/** The `dt`/`dd` pairs of a page's fact list, as text with white space folded. */
export function facts(page: HTMLElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const dt of page.querySelectorAll('dl.facts dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') result[dt.text.trim()] = dd.text.replace(/\s+/g, ' ').trim();
  }
  return result;
}
