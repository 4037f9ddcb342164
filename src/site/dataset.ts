// The one adapter between the content pipeline and Astro: the dataset is built once per build.
import { loadContent } from '../pipeline/index.ts';
import { formatIssue } from '../pipeline/issues.ts';

/** Folder of the content, relative to the project root; tests point it at fixture content. */
export const contentDir = process.env.CLAIM_TRACKER_CONTENT ?? 'content';

const result = await loadContent({ root: process.cwd(), contentDir });
if (!result.dataset) {
  throw new Error(`The content has ${result.issues.length} problem(s):\n${result.issues.map(formatIssue).join('\n')}`);
}

export const dataset = result.dataset;
