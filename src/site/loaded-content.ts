// The content is read, validated and linked once per build: the build's content check hands the
// dataset it made to the pages. Both run in one Node process, but in two module graphs (the Astro
// config and Vite's), so the handoff goes through a global registered under a symbol.
import path from 'node:path';
import type { Dataset } from '../pipeline/dataset.ts';

const key = Symbol.for('claim-tracker.loaded-datasets');
const store = ((globalThis as Record<symbol, unknown>)[key] ??= new Map<string, Dataset>()) as Map<string, Dataset>;

/** Keeps the dataset linked from a content folder for the pages of this build. */
export function handOverDataset(root: string, contentDir: string, dataset: Dataset): void {
  store.set(path.resolve(root, contentDir), dataset);
}

/** The dataset this build's content check linked from the folder, if it did. */
export function handedOverDataset(root: string, contentDir: string): Dataset | undefined {
  return store.get(path.resolve(root, contentDir));
}
