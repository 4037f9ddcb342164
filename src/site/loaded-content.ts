// The content is read, validated and linked once per build: the build's content check hands the
// dataset it made to the pages. Both run in one Node process, but in two module graphs (the Astro
// config and Vite's), so the handoff goes through globals registered under symbols. The dev server
// loads the content again after each edit; its memo keeps every unchanged file's text and parse.
import path from 'node:path';
import type { Dataset } from '../pipeline/dataset.ts';
import { createLoadMemo, type LoadMemo } from '../pipeline/index.ts';

const global = globalThis as Record<symbol, unknown>;
const store = (global[Symbol.for('claim-tracker.loaded-datasets')] ??= new Map<string, Dataset>()) as Map<string, Dataset>;
const memos = (global[Symbol.for('claim-tracker.load-memos')] ??= new Map<string, LoadMemo>()) as Map<string, LoadMemo>;

/** Keeps the dataset linked from a content folder for the pages of this build. */
export function handOverDataset(root: string, contentDir: string, dataset: Dataset): void {
  store.set(path.resolve(root, contentDir), dataset);
}

/** The dataset this build's content check linked from the folder, if it did. */
export function handedOverDataset(root: string, contentDir: string): Dataset | undefined {
  return store.get(path.resolve(root, contentDir));
}

/** The texts and parses this process has kept from earlier loads of the folder (the dev server's). */
export function loadMemo(root: string, contentDir: string): LoadMemo {
  const folder = path.resolve(root, contentDir);
  let memo = memos.get(folder);
  if (!memo) memos.set(folder, (memo = createLoadMemo()));
  return memo;
}
