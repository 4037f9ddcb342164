// The one adapter between the content pipeline and Astro: the dataset is built once per build. In
// `astro build` the content check has already linked it (src/site/loaded-content.ts); `astro dev`
// loads it here.
import { loadContent } from '../pipeline/index.ts';
import type { Dataset } from '../pipeline/dataset.ts';
import { formatIssue } from '../pipeline/issues.ts';
import { handedOverDataset } from './loaded-content.ts';

/** Folder of the content, relative to the project root; tests point it at fixture content. */
export const contentDir = process.env.CLAIM_TRACKER_CONTENT ?? 'content';

async function linkedDataset(): Promise<Dataset> {
  const handedOver = handedOverDataset(process.cwd(), contentDir);
  if (handedOver) return handedOver;
  const result = await loadContent({ root: process.cwd(), contentDir });
  if (!result.dataset) throw new Error(`The content has ${result.issues.length} problem(s):\n${result.issues.map(formatIssue).join('\n')}`);
  return result.dataset;
}

export const dataset = await linkedDataset();
