import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built site with Pagefind's Node API; any error Pagefind reports fails the build. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'claim-tracker:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index || createErrors.length > 0) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const indexed = await index.addDirectory({ path: outDir });
          if (indexed.errors.length > 0) throw new Error(`Pagefind failed to index: ${indexed.errors.join('; ')}`);
          if (indexed.page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${indexed.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
