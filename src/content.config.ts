// Editor support, not content loading: declaring one collection per content kind, with its zod schema,
// makes `astro sync` write a JSON Schema per kind and a file-to-kind map to .astro/collections/. The
// Astro VS Code extension reads them (`astro.content-intellisense`, .vscode/settings.json) to complete,
// explain and check frontmatter while a contributor types. The entries carry no data: pages read the
// validated dataset (src/site/dataset.ts), and `npm run validate` remains the full check.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentKinds, schemaByKind } from './schemas/index.ts';

/** Lists the Markdown files of one folder of content/ so the editor knows which schema each follows. */
function contentFiles(folder: string): Loader {
  return {
    name: `claim-tracker-editor-${folder}`,
    async load({ store, config }) {
      // Always the contributor's content/, also when a test builds fixture content: the map is for the editor.
      const absolute = fileURLToPath(new URL(`content/${folder}/`, config.root));
      const names = await readdir(absolute, { recursive: true }).catch(() => []);
      store.clear();
      for (const name of names.filter((entry) => entry.endsWith('.md')).sort()) {
        const filePath = `content/${folder}/${name.split('\\').join('/')}`;
        store.set({ id: filePath, data: {}, filePath });
      }
    },
  };
}

export const collections = Object.fromEntries(
  Object.entries(contentKinds).map(([folder, kind]) => [folder, defineCollection({ loader: contentFiles(folder), schema: schemaByKind[kind] })]),
);
