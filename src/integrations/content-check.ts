import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { countOf } from '../lib/text.ts';
import { loadContent } from '../pipeline/index.ts';
import { formatIssue } from '../pipeline/issues.ts';
import { handOverDataset, loadMemo } from '../site/loaded-content.ts';

/**
 * Validates the content before Astro renders anything, and fails the build with every problem listed.
 * The dev server lists the problems and goes on: it shows them on each page until they are fixed.
 */
export default function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'claim-tracker:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        // `astro sync` only refreshes the editor's schemas: it must work while an article is half written.
        if (command === 'sync') return;
        const root = fileURLToPath(config.root);
        if (command === 'dev') updateConfig({ vite: { plugins: [reloadOnContentEdit(root, options.contentDir, fileURLToPath(config.outDir))] } });
        const result = await loadContent({ root, contentDir: options.contentDir, ...(command === 'dev' ? { memo: loadMemo(root, options.contentDir) } : {}) });
        if (result.dataset) {
          logger.info(`content is valid (${result.fileCount} files)`);
          // A build renders what was just checked; the dev server loads the content again after each edit.
          if (command === 'build') handOverDataset(root, options.contentDir, result.dataset);
          return;
        }
        for (const issue of result.issues) logger.error(formatIssue(issue));
        const summary = `${countOf(result.issues.length, 'problem')} in the content: see the lines above, each with its file:line:col.`;
        if (command === 'dev') {
          logger.warn(`${summary} Pages show them until they are fixed.`);
          return;
        }
        const error = new Error(summary);
        error.stack = error.message; // the stack points into this hook, not at the content: leave it out
        throw error;
      },
    },
  };
}

/**
 * The dev server's link from content files to pages: no module imports a Markdown file of content/, so
 * Vite would not notice an edit. When a file there is edited, added or removed, this hands Vite the
 * module that loads the dataset; Astro then evaluates it and every page anew, and reloads the browser.
 */
function reloadOnContentEdit(root: string, contentDir: string, outDir: string): Plugin {
  const folder = path.resolve(root, contentDir) + path.sep;
  const datasetModule = fileURLToPath(new URL('../site/dataset.ts', import.meta.url));
  // Built sites and test output hold tens of thousands of files that no page reads: watching them made
  // the dev server take seconds longer to start (6 s against 18 s here). The content folder is watched
  // wherever it is.
  const unwatched = [path.join(root, 'tests') + path.sep, path.resolve(outDir) + path.sep];
  const ignored = (file: string) => {
    const absolute = path.resolve(root, file) + path.sep;
    return !absolute.startsWith(folder) && unwatched.some((dir) => absolute.startsWith(dir));
  };
  return {
    name: 'claim-tracker:reload-on-content-edit',
    config: () => ({ server: { watch: { ignored } } }),
    // Vite watches the project; a content folder elsewhere is watched too.
    configureServer(server) {
      server.watcher.add(folder);
    },
    hotUpdate({ file }) {
      if (!path.resolve(file).startsWith(folder)) return;
      return [...(this.environment.moduleGraph.getModulesByFile(datasetModule) ?? [])];
    },
  };
}
