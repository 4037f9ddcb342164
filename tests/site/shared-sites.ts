// The sites several test files read, built once per test run and shared: the good fixture, the real
// content, and the large generated content. The first file to ask builds a site; the others wait for it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { defaultGenerateOptions, generateContent } from '../../scripts/fixtures/generate-content.ts';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { loadContent } from '../../src/pipeline/index.ts';
import { buildSite, projectRoot } from './build-helpers.ts';

/** As the deploy workflow sets it on GitHub, for the real site's repository links. */
export const repositoryUrl = 'https://github.com/example/claim-tracker';

/**
 * How the real site is built in the tests: with its repository, and today as a reproducible build gives it
 * (the start of the day in UTC: the same in every test file, whichever builds the site).
 */
export const seedEnv = { REPOSITORY_URL: repositoryUrl, SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 86_400_000) * 86_400) };

const sites = {
  good: { contentDir: 'tests/fixtures/good/content', env: {} },
  seed: { contentDir: 'content', env: seedEnv },
  // Its 420 share cards would add half a minute of drawing to every test run; the small sites draw theirs.
  large: { contentDir: 'tests/.tmp/sites/large/content', env: { CLAIM_TRACKER_SHARE_CARDS: 'off' } },
} as const;

export type SharedSiteName = keyof typeof sites;

/** Writes the large fixture (60 claims, 360 statements) where the large site is built from. */
function generateLargeContent(): void {
  const absolute = path.join(projectRoot, sites.large.contentDir);
  rmSync(absolute, { recursive: true, force: true });
  for (const file of generateContent(defaultGenerateOptions)) {
    const target = path.join(absolute, file.pathInContent);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
}

/** The built site and its dataset; built in this test run by whichever file asked first. */
export async function sharedSite(name: SharedSiteName): Promise<{ outDir: string; dataset: Dataset; contentDir: string }> {
  const { contentDir, env } = sites[name];
  const folder = path.join(projectRoot, 'tests/.tmp/sites', name);
  const outDir = path.join(folder, 'dist');
  const stamp = path.join(folder, 'built-in-run');
  const lock = path.join(folder, 'building');
  const runId = inject('testRunId');
  const built = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === runId;
  mkdirSync(folder, { recursive: true });

  if (!built()) {
    let mine = false;
    try {
      mkdirSync(lock);
      mine = true;
    } catch {
      // Another file is building it: a lock left by an earlier, interrupted run carries another id.
      if (existsSync(path.join(lock, 'run')) && readFileSync(path.join(lock, 'run'), 'utf8') !== runId) {
        rmSync(lock, { recursive: true, force: true });
        try {
          mkdirSync(lock);
          mine = true;
        } catch {
          // A third file took it first: wait for that one.
        }
      }
    }
    if (mine) {
      writeFileSync(path.join(lock, 'run'), runId);
      try {
        if (name === 'large') generateLargeContent();
        const build = await buildSite(contentDir, path.relative(projectRoot, outDir), env);
        if (build.exitCode !== 0) throw new Error(`the ${name} site did not build:\n${build.output}`);
        writeFileSync(stamp, runId);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    } else {
      while (!built()) {
        if (!existsSync(lock)) throw new Error(`the ${name} site failed to build in another test file`);
        await sleep(250);
      }
    }
  }
  const loaded = await loadContent({ root: projectRoot, contentDir, ...(name === 'large' ? { today: '2026-11-22' } : {}) });
  if (!loaded.dataset) throw new Error(`the ${name} content is invalid: ${loaded.issues.length} problems`);
  return { outDir, dataset: loaded.dataset, contentDir };
}
