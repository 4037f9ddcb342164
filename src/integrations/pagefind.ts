import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { handedOverDataset } from '../site/loaded-content.ts';
import { conservationProblems, entryPageGlob, entryPages, kindProblems } from '../site/entry-pages.ts';

/**
 * Indexes the built site with Pagefind's Node API; any error Pagefind reports fails the build. Given the
 * content folder, it also checks that every entry has its page and that the index holds exactly those.
 */
export default function pagefindIndex(options: { contentDir?: string } = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'claim-tracker:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index || createErrors.length > 0) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const indexed = await index.addDirectory({ path: outDir, glob: entryPageGlob() });
          if (indexed.errors.length > 0) throw new Error(`Pagefind failed to index: ${indexed.errors.join('; ')}`);
          if (indexed.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
          // `page_count` above counts every entry page read; the index's entry file says how many went in.
          const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const inIndex = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          const dataset = options.contentDir === undefined ? undefined : handedOverDataset(root, options.contentDir);
          if (dataset) {
            const expected = entryPages(dataset);
            const pageFile = (page: string) => path.join(outDir, page, 'index.html');
            const problems = [
              ...conservationProblems(expected, (page) => existsSync(pageFile(page)), inIndex),
              ...kindProblems(expected, (page) => (existsSync(pageFile(page)) ? readFileSync(pageFile(page), 'utf8') : undefined)),
            ];
            if (problems.length > 0) throw new Error(`The built site does not hold the content whole: ${problems.join('; ')}.`);
          }
          logger.info(
            `indexed ${inIndex} of the ${indexed.page_count} entry pages read (lists are not) in ${((performance.now() - started) / 1000).toFixed(1)} s${dataset ? ': as many as the content has entries, each with its page, filed under its kind' : ''}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
