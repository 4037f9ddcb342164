// The Pagefind build hook: it writes an index for real pages and fails the build when it cannot.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import pagefindIndex from '../../src/integrations/pagefind.ts';
import { conservationProblems, kindProblems } from '../../src/site/entry-pages.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

async function runHook(dir: string): Promise<void> {
  const hook = pagefindIndex().hooks['astro:build:done']!;
  await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
}

describe('the Pagefind integration', () => {
  it('indexes the pages marked data-pagefind-body and writes the index into the output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-ok-'));
    mkdirSync(path.join(dir, 'claims/x'), { recursive: true });
    writeFileSync(
      path.join(dir, 'claims/x/index.html'),
      '<html lang="en"><body><main data-pagefind-body><h1>Territory claim</h1><p>Azerbaijan territory</p></main></body></html>',
    );
    await runHook(dir);
    expect(existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('reads each entry’s page and no list: not a numbered page of a list, nor the lists under an entry', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-lists-'));
    const pages = ['claims/x', 'statements/2026-05', 'countries/az', 'claims', 'claims/2', 'claims/x/sources/2', 'officials/y/statements', 'about'];
    for (const page of pages) {
      mkdirSync(path.join(dir, page), { recursive: true });
      writeFileSync(path.join(dir, page, 'index.html'), `<html lang="en"><body><main data-pagefind-body><h1>${page}</h1></main></body></html>`);
    }
    await runHook(dir);
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // The first three: an id may be digits with a hyphen, or a country's code; the rest are lists or fixed pages.
    expect(entry.languages.en?.page_count).toBe(3);
  });

  it('fails the build when there is nothing to index', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-empty-'));
    await expect(runHook(dir)).rejects.toThrow(/indexed no pages/);
  });

  it('finds an entry without a page and a search index of another size (the build fails on either)', () => {
    const expected = [
      { kind: 'claim' as const, path: '/claims/a/' },
      { kind: 'statement' as const, path: '/statements/b/' },
    ];
    expect(conservationProblems(expected, () => true, 2)).toEqual([]);
    expect(conservationProblems(expected, (page) => page !== '/statements/b/', 1)).toEqual([
      'no page for 1 entry of the content: statement /statements/b/',
      'the search index holds 1 page, but the content has 2 entries with a page each',
    ]);
  });

  it('finds an entry page the index would leave out or file under another kind', () => {
    const expected = [
      { kind: 'claim' as const, path: '/claims/a/' },
      { kind: 'statement' as const, path: '/statements/b/' },
      { kind: 'statement' as const, path: '/statements/c/' },
      { kind: 'source' as const, path: '/sources/d/' },
    ];
    const page = (type: string, body = true) => `<main${body ? ' data-pagefind-body' : ''}><span data-pagefind-filter="type:${type}"></span></main>`;
    const pages: Record<string, string> = {
      '/claims/a/': page('Claim'),
      '/statements/b/': page('Claim'),
      '/statements/c/': page('Statement', false),
      '/sources/d/': page('Outlet'),
    };
    expect(kindProblems(expected, (path) => pages[path])).toEqual([
      '2 pages of kind Statement would not be in the search index under that kind: /statements/b/, /statements/c/',
    ]);
    expect(kindProblems(expected.slice(0, 1), (path) => pages[path])).toEqual([]);
  });
});
