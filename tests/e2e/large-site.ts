import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultGenerateOptions, generateContent } from '../../scripts/fixtures/generate-content.ts';
import type { Dataset } from '../../src/build/dataset.ts';
import { loadContent } from '../../src/build/index.ts';
import { buildSite, projectRoot } from '../site/build-helpers.ts';

/** Generates the large fixture (60 claims, 360 statements) into its own folder and builds the site from it. */
export async function buildLargeSite(name: string): Promise<{ outDir: string; dataset: Dataset }> {
  const contentDir = `tests/.tmp/${name}/content`;
  const absolute = path.join(projectRoot, contentDir);
  rmSync(absolute, { recursive: true, force: true });
  for (const file of generateContent(defaultGenerateOptions)) {
    const target = path.join(absolute, file.pathInContent);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  const loaded = await loadContent({ root: projectRoot, contentDir, today: '2026-11-22' });
  if (!loaded.dataset) throw new Error(`generated content is invalid: ${loaded.issues.length} issues`);
  const build = await buildSite(contentDir, `tests/.tmp/${name}/dist`);
  if (build.exitCode !== 0) throw new Error(build.output);
  return { outDir: build.outDir, dataset: loaded.dataset };
}
