// The schema.org JSON-LD of the built sites (the good fixture and the real content): every block on every
// page parses and holds no raw `<`; every statement page carries its Claim and every claim page a
// ClaimReview with what Google's fact-check documentation requires, every address absolute.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { statusLabels } from '../../src/site/labels.ts';
import { siteName } from '../../src/site/labels.ts';
import { urls } from '../../src/site/urls.ts';
import { htmlFiles } from './build-helpers.ts';
import { jsonLdBlocks, jsonLdOpenings, jsonStrings, type JsonLdBlock } from './json-ld.ts';
import { sharedSite } from './shared-sites.ts';

type Node = Record<string, unknown>;

/** Every block of every page of a built site, by page (`claims/x/index.html`). */
function blocksByPage(outDir: string): Map<string, JsonLdBlock[]> {
  const pages = new Map<string, JsonLdBlock[]>();
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    let blocks: JsonLdBlock[];
    try {
      blocks = jsonLdBlocks(html);
    } catch (error) {
      throw new Error(`${file}: a JSON-LD block does not parse`, { cause: error });
    }
    expect(blocks.length, `${file}: every block opened is a whole block`).toBe(jsonLdOpenings(html));
    if (blocks.length > 0) pages.set(file, blocks);
  }
  return pages;
}

const pageFile = (permalink: string) => `${permalink.slice(1)}index.html`;

/** The page's one block, as an object. */
function onlyBlock(pages: Map<string, JsonLdBlock[]>, permalink: string): Node {
  const blocks = pages.get(pageFile(permalink)) ?? [];
  expect(blocks, permalink).toHaveLength(1);
  return blocks[0]!.data as Node;
}

/** Problems with the addresses in a block: every `url`, `sameAs`, `archivedAt` and `publishingPrinciples` absolute http(s). */
function badAddresses(data: unknown): string[] {
  return jsonStrings(data)
    .filter(({ where }) => /\.(url|sameAs|archivedAt|publishingPrinciples)$/.test(where))
    .filter(({ text }) => !URL.canParse(text) || !['http:', 'https:'].includes(new URL(text).protocol))
    .map(({ where, text }) => `${where}: ${text}`);
}

function checkSite(outDir: string, dataset: Dataset): void {
  const pages = blocksByPage(outDir);
  for (const [file, blocks] of pages) {
    for (const block of blocks) {
      expect(block.raw, file).not.toContain('<');
      expect((block.data as Node)['@context'], file).toBe('https://schema.org');
      expect(badAddresses(block.data), file).toEqual([]);
    }
  }

  for (const statement of dataset.statements) {
    const page = urls.statement(statement.id);
    const claim = onlyBlock(pages, page);
    expect(claim['@type'], page).toBe('Claim');
    expect(new URL(claim.url as string).pathname).toBe(page);
    expect(claim.name, page).toEqual(expect.any(String));
    expect(claim.appearance, page).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': expect.stringMatching(/Article$/) })]));
    if (claim.author !== undefined) expect((claim.author as Node).name ?? (claim.author as Node).description, page).toEqual(expect.any(String));
  }

  for (const each of dataset.claims) {
    const page = urls.claim(each.id);
    const review = onlyBlock(pages, page);
    const rating = review.reviewRating as Node;
    const author = review.author as Node;
    // Required by Google: claimReviewed, reviewRating (with alternateName), url; the rest recommended.
    expect(review['@type'], page).toBe('ClaimReview');
    expect(review.claimReviewed, page).toBe(each.data.short);
    expect((review.claimReviewed as string).length, page).toBeLessThan(75);
    expect(new URL(review.url as string).pathname, page).toBe(page);
    expect(rating['@type'], page).toBe('Rating');
    expect(rating.alternateName, page).toBe(statusLabels[each.status]);
    const [value, best, worst] = [rating.ratingValue, rating.bestRating, rating.worstRating] as number[];
    expect(worst, page).toBeGreaterThanOrEqual(1);
    expect(worst, page).toBeLessThan(best!);
    expect(value, page).toBeGreaterThanOrEqual(worst!);
    expect(value, page).toBeLessThanOrEqual(best!);
    expect(author, page).toMatchObject({ '@type': 'Organization', name: siteName });
    // The review's page is on the site's own domain, the domain of its author.
    expect(new URL(review.url as string).host, page).toBe(new URL(author.url as string).host);
    expect(review.datePublished, page).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.itemReviewed, page).toMatchObject({ '@type': 'Claim', text: each.data.proposition, appearance: expect.any(Array) });
  }
}

describe('JSON-LD on the built sites', () => {
  for (const name of ['good', 'seed'] as const) {
    it(`parses on every page of the ${name} site: a Claim on each statement page, a ClaimReview on each claim page`, async () => {
      const site = await sharedSite(name);
      expect(site.dataset.claims.length).toBeGreaterThan(0);
      checkSite(site.outDir, site.dataset);
    });
  }
});
