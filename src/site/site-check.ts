// The built site checked as a browser and a crawler would meet it: valid HTML, no event-handler
// attribute, no script or `javascript:`/`data:` address that is not ours, no internal link or fragment
// that leads nowhere. Each problem names the page, and the content file that page is built from, so a
// contributor's text that slipped past validation is found at its source (scripts/check-site.ts).
import { parse, type HTMLElement } from 'node-html-parser';
import type { Dataset } from '../pipeline/dataset.ts';
import { urls } from './urls.ts';

/** One thing wrong with a built page. */
export interface SiteProblem {
  /** The page's path in the site (`/claims/x/`). */
  page: string;
  /** Which check found it. */
  rule: 'markup' | 'event-handler' | 'unsafe-url' | 'foreign-script' | 'broken-link' | 'broken-fragment';
  /** What is wrong, in a sentence. */
  message: string;
  /** The attribute value or text that shows it, to find it in the content file. */
  evidence?: string;
}

/** What one page gives the link check: the ids it has and the links it makes. */
export interface PageFacts {
  page: string;
  ids: Set<string>;
  links: { href: string; target: string; fragment?: string }[];
}

/** Attributes that hold an address a browser would follow or load. */
const addressAttributes = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'cite', 'background'];
/** Meta tags whose content is an address on the site (share previews). */
const addressMeta = ['og:url', 'og:image', 'twitter:image'];
/** Elements that would load or run something that is not a page of ours. */
const foreignElements = ['iframe', 'frame', 'object', 'embed', 'base', 'applet'];
/** Script types that are data, never run. */
const dataScriptTypes = ['application/json', 'application/ld+json'];
/** Where the site's own scripts live: Astro's bundles and Pagefind's files. */
const ownScriptPrefixes = ['/_astro/', '/pagefind/'];

/** The page's path for a file of the built site (`claims/x/index.html` → `/claims/x/`). */
export function pagePath(file: string): string {
  const slashed = `/${file.split('\\').join('/')}`;
  return slashed.endsWith('/index.html') ? slashed.slice(0, -'index.html'.length) : slashed;
}

/** The scheme a browser would read from an address: letters before ':' with spaces and controls removed. */
function schemeOf(address: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers drop these before reading a scheme, so the check does too
  const squeezed = address.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
}

/** The site path an address leads to, or undefined when it leaves the site. */
function internalTarget(address: string, page: string, origin: string): { target: string; fragment?: string } | undefined {
  if (address.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(address, `${origin}${page}`);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  const fragment = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : undefined;
  return { target: decodeURIComponent(url.pathname), ...(fragment === undefined ? {} : { fragment }) };
}

/**
 * Reads one page: the problems it has on its own (event handlers, unsafe addresses, scripts that are not
 * ours), and its ids and internal links for the link check across pages.
 */
export function readBuiltPage(page: string, html: string, origin: string): { problems: SiteProblem[]; facts: PageFacts } {
  const root = parse(html, { comment: false });
  const problems: SiteProblem[] = [];
  const facts: PageFacts = { page, ids: new Set(), links: [] };
  for (const element of root.querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    const attributes = element.attributes;
    if (attributes.id) facts.ids.add(attributes.id);
    if (tag === 'a' && attributes.name) facts.ids.add(attributes.name);
    for (const [name, value] of Object.entries(attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) {
        problems.push({ page, rule: 'event-handler', message: `<${tag}> has an event handler attribute ${name}="…", which runs script`, evidence: value });
      }
      if (!addressAttributes.includes(lower) && lower !== 'srcset') continue;
      const addresses = lower === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      for (const address of addresses) checkAddress(tag, lower, address);
    }
    if (tag === 'meta' && addressMeta.includes(attributes.property ?? attributes.name ?? '')) checkAddress(tag, 'content', attributes.content ?? '');
    if (foreignElements.includes(tag))
      problems.push({ page, rule: 'foreign-script', message: `<${tag}> loads content the site does not make`, evidence: element.toString().slice(0, 120) });
    if (tag === 'script') checkScript(element, attributes);
  }
  return { problems, facts };

  function checkAddress(tag: string, attribute: string, address: string): void {
    const scheme = schemeOf(address);
    if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)) {
      problems.push({ page, rule: 'unsafe-url', message: `<${tag} ${attribute}> has a ${scheme}: address`, evidence: address });
      return;
    }
    const internal = internalTarget(address, page, origin);
    if (internal) facts.links.push({ href: address, ...internal });
  }

  function checkScript(element: HTMLElement, attributes: Record<string, string>): void {
    const type = (attributes.type ?? '').toLowerCase();
    if (dataScriptTypes.includes(type)) return;
    const source = attributes.src;
    if (source === undefined) {
      problems.push({
        page,
        rule: 'foreign-script',
        message: 'an inline script: the site runs only its own script files',
        evidence: element.text.slice(0, 120),
      });
      return;
    }
    const internal = internalTarget(source, page, origin);
    if (!internal || !ownScriptPrefixes.some((prefix) => internal.target.startsWith(prefix))) {
      problems.push({ page, rule: 'foreign-script', message: `a script from ${source}, which is not one of the site's own`, evidence: source });
    }
  }
}

/** Links to a page or file the site does not have, or to an id the target page does not have. */
export function brokenLinks(pages: ReadonlyMap<string, PageFacts>, fileExists: (target: string) => boolean): SiteProblem[] {
  const problems: SiteProblem[] = [];
  for (const facts of pages.values()) {
    for (const link of facts.links) {
      const target = pages.get(link.target) ?? pages.get(link.target.endsWith('/') ? link.target : `${link.target}/`);
      if (!target && !fileExists(link.target)) {
        problems.push({ page: facts.page, rule: 'broken-link', message: `links to ${link.target}, which the site does not have`, evidence: link.href });
        continue;
      }
      if (link.fragment !== undefined && target && !target.ids.has(link.fragment)) {
        problems.push({
          page: facts.page,
          rule: 'broken-fragment',
          message: `links to #${link.fragment} on ${link.target}, which has no such id`,
          evidence: link.href,
        });
      }
    }
  }
  return problems;
}

/** The content files a page is built from: an entry's own file, or for a statement the articles reporting it. */
export function pageSources(dataset: Dataset, contentDir: string): Map<string, string[]> {
  const own = (folder: string, id: string) => [`${contentDir}/${folder}/${id}.md`];
  const articleFiles = new Map(dataset.articles.map((article) => [article.id, article.file]));
  return new Map<string, string[]>([
    ...dataset.articles.map((article): [string, string[]] => [urls.article(article.id), [article.file]]),
    ...dataset.claims.map((claim): [string, string[]] => [urls.claim(claim.id), own('claims', claim.id)]),
    ...dataset.officials.map((official): [string, string[]] => [urls.official(official.id), own('officials', official.id)]),
    ...dataset.sources.map((source): [string, string[]] => [urls.source(source.id), own('sources', source.id)]),
    ...dataset.events.map((event): [string, string[]] => [urls.event(event.id), own('events', event.id)]),
    ...dataset.statements.map((statement): [string, string[]] => [
      urls.statement(statement.id),
      [...new Set(statement.reports.map((report) => articleFiles.get(report.articleId)).filter((file): file is string => file !== undefined))],
    ]),
  ]);
}

/** Where a piece of text first stands in a file's text, as a 1-based line and column. */
export function positionOf(text: string, evidence: string): { line: number; column: number } | undefined {
  const at = text.indexOf(evidence);
  if (at === -1) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
