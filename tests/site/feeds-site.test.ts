// The feeds in the built sites: each page that has a feed announces it and links it, every feed announced
// is in the build and is Atom with what RFC 4287 requires, every entry links to a page that exists, and no
// paraphrase stands in quotation marks in a feed either.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/site/urls.ts';
import { htmlFiles, pageExists, readPage } from './build-helpers.ts';
import { misquotes, paraphrasedWords, type Output } from './misquotes.ts';
import { sharedSite } from './shared-sites.ts';

const origin = 'https://claim-tracker.example';
const atomType = 'application/atom+xml';

interface Link {
  '@rel'?: string;
  '@href': string;
}
interface Entry {
  id: string;
  title: string;
  updated: string;
  link: Link[];
  summary: string;
  content: { '#text': string };
}
interface Feed {
  id: string;
  title: string;
  updated: string;
  author: { name: string };
  link: Link[];
  entry?: Entry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry' || name === 'link',
  parseTagValue: false,
});

/** A site address (`https://claim-tracker.example/claims/x/`) as the path of its file in the build. */
function builtFile(outDir: string, address: string): string {
  expect(address.startsWith(`${origin}/`), address).toBe(true);
  const pathname = new URL(address).pathname;
  return path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

describe('the feeds of the built sites', () => {
  for (const name of ['good', 'seed'] as const) {
    it(`on the ${name} site: announced and linked by their pages, valid Atom, entries linking to pages that exist, no paraphrase quoted`, async () => {
      const { outDir, dataset } = await sharedSite(name);
      const expected = new Map<string, string>([
        [urls.home(), urls.feeds.statements()],
        [urls.statements(), urls.feeds.statements()],
        [urls.corrections(), urls.feeds.corrections()],
        ...dataset.claims.map((claim): [string, string] => [urls.claim(claim.id), urls.feeds.claim(claim.id)]),
        ...dataset.officials.map((official): [string, string] => [urls.official(official.id), urls.feeds.official(official.id)]),
        ...dataset.countries.map((country): [string, string] => [urls.country(country.code), urls.feeds.country(country.code)]),
      ]);
      for (const [page, feed] of expected) {
        const html = readPage(outDir, page);
        const announced = html.querySelectorAll(`head link[rel="alternate"][type="${atomType}"]`).map((link) => link.getAttribute('href'));
        expect(announced, page).toContain(feed);
        const linked = html.querySelectorAll(`main a[type="${atomType}"]`).map((link) => link.getAttribute('href'));
        expect(linked, page).toEqual([feed]);
      }

      // Every feed any page announces, read as a feed reader would.
      const announced = new Set<string>();
      for (const file of htmlFiles(outDir)) {
        const html = parse(readFileSync(path.join(outDir, file), 'utf8'));
        for (const link of html.querySelectorAll(`link[type="${atomType}"]`)) announced.add(link.getAttribute('href')!);
      }
      expect([...announced].sort()).toEqual([...new Set(expected.values())].sort());
      const outputs: Output[] = [];
      for (const href of announced) {
        const file = path.join(outDir, href);
        expect(existsSync(file), href).toBe(true);
        const xml = readFileSync(file, 'utf8');
        expect(SyntaxValidator.validate(xml, { invalidCharSequence: { comment: true, tagValue: true, attrLt: true } }), href).toBe(true);
        const feed = (parser.parse(xml) as { feed: Feed }).feed;
        expect(feed.id, href).toBe(`${origin}${href}`);
        expect(feed.title).not.toBe('');
        expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        expect(feed.author.name).toBe('Claim Tracker');
        expect(feed.link.find((link) => link['@rel'] === 'self')?.['@href']).toBe(`${origin}${href}`);
        expect(existsSync(builtFile(outDir, feed.link.find((link) => link['@rel'] === 'alternate')!['@href'])), href).toBe(true);
        for (const entry of feed.entry ?? []) {
          expect(entry.id).not.toBe('');
          expect(entry.title).not.toBe('');
          expect(entry.updated <= feed.updated).toBe(true);
          expect(existsSync(builtFile(outDir, entry.link[0]!['@href'])), `${href}: ${entry.link[0]!['@href']}`).toBe(true);
          // The entry's HTML links to pages of the site too.
          for (const anchor of parse(entry.content['#text']).querySelectorAll('a')) {
            expect(existsSync(builtFile(outDir, anchor.getAttribute('href')!)), `${href}: ${anchor.getAttribute('href')}`).toBe(true);
          }
          outputs.push(
            { where: `${href} ${entry.id} title`, text: entry.title },
            { where: `${href} ${entry.id} summary`, text: entry.summary },
            { where: `${href} ${entry.id} content`, text: parse(entry.content['#text']).text.replace(/\s+/g, ' ') },
          );
        }
      }
      expect(outputs.length).toBeGreaterThan(dataset.statements.length);
      expect(misquotes(paraphrasedWords(dataset), outputs)).toEqual([]);
      expect(pageExists(outDir, urls.corrections())).toBe(true);
    });
  }
});
