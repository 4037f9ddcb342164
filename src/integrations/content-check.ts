import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../pipeline/index.ts';
import { formatIssue } from '../pipeline/issues.ts';
import { handOverDataset } from '../site/loaded-content.ts';

/** Validates the content before Astro renders anything, and fails the build with every problem listed. */
export default function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'claim-tracker:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        // `astro sync` only refreshes the editor's schemas: it must work while an article is half written.
        if (command === 'sync') return;
        const root = fileURLToPath(config.root);
        const result = await loadContent({ root, contentDir: options.contentDir });
        if (result.dataset) {
          logger.info(`content is valid (${result.fileCount} files)`);
          // A build renders what was just checked; the dev server reloads content itself.
          if (command === 'build') handOverDataset(root, options.contentDir, result.dataset);
          return;
        }
        for (const issue of result.issues) logger.error(formatIssue(issue));
        const error = new Error(`${result.issues.length} problem(s) in the content: see the lines above, each with its file:line:col.`);
        error.stack = error.message; // the stack points into this hook, not at the content: leave it out
        throw error;
      },
    },
  };
}
