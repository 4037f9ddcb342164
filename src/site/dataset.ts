// The one adapter between the content pipeline and Astro: the dataset is built once per build. In
// `astro build` the content check has already linked it (src/site/loaded-content.ts). The dev server
// loads it here, and again after each edit of the content (the content check's watcher makes Vite
// evaluate this module anew), reading and parsing only the files that changed.
import { countOf } from '../lib/text.ts';
import { loadContent } from '../pipeline/index.ts';
import type { Dataset } from '../pipeline/dataset.ts';
import { formatIssue } from '../pipeline/issues.ts';
import { handedOverDataset, loadMemo } from './loaded-content.ts';

/** Folder of the content, relative to the project root; tests point it at fixture content. */
export const contentDir = process.env.CLAIM_TRACKER_CONTENT ?? 'content';

async function linkedDataset(): Promise<Dataset> {
  const root = process.cwd();
  const handedOver = handedOverDataset(root, contentDir);
  if (handedOver) return handedOver;
  const result = await loadContent({ root, contentDir, memo: loadMemo(root, contentDir) });
  if (result.dataset) return result.dataset;
  const error = new Error(`The content has ${countOf(result.issues.length, 'problem')}:\n${result.issues.map(formatIssue).join('\n')}`);
  error.stack = error.message; // the dev server shows it on the page: the stack points here, not at the content
  throw error;
}

export const dataset = await linkedDataset();
