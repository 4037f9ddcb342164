// The last build's output is moved aside before Astro empties the folder file by file, and deleted beside the build.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import setAsideOutput from '../../src/integrations/set-aside-output.ts';

const root = path.resolve(import.meta.dirname, '../..');
const logger = { info: () => undefined } as never;

/** Runs the integration's hooks as Astro does before a build into `outDir`. */
function start(outDir: string, projectRoot = root): void {
  const { hooks } = setAsideOutput();
  const configDone = hooks['astro:config:done'] as (options: unknown) => void;
  const buildStart = hooks['astro:build:start'] as (options: unknown) => void;
  configDone({ config: { outDir: pathToFileURL(`${outDir}/`), root: pathToFileURL(`${projectRoot}/`) } });
  buildStart({ logger });
}

describe('setting the last build aside', () => {
  it('moves the output folder out of the way at once and deletes it, with any left by an interrupted build', async () => {
    const parent = path.join(root, 'tests/.tmp/set-aside');
    rmSync(parent, { recursive: true, force: true });
    const outDir = path.join(parent, 'dist');
    for (let page = 0; page < 200; page++) {
      mkdirSync(path.join(outDir, `p${page}`), { recursive: true });
      writeFileSync(path.join(outDir, `p${page}`, 'index.html'), '<p>x</p>');
    }
    mkdirSync(path.join(parent, 'dist.old-1-2/left'), { recursive: true });
    writeFileSync(path.join(parent, 'unrelated.txt'), 'kept');
    start(outDir);
    expect(existsSync(outDir)).toBe(false);
    for (let waited = 0; waited < 100 && readdirSync(parent).some((name) => name.startsWith('dist.old-')); waited++) await sleep(100);
    expect(readdirSync(parent)).toEqual(['unrelated.txt']);
  });

  it('does nothing before a first build into a folder not made yet', () => {
    const parent = path.join(root, 'tests/.tmp/set-aside-new');
    rmSync(parent, { recursive: true, force: true });
    expect(() => start(path.join(parent, 'dist'))).not.toThrow();
    expect(existsSync(parent)).toBe(false);
  });

  it('leaves a folder outside the project alone', () => {
    const parent = path.join(root, 'tests/.tmp/set-aside-outside');
    rmSync(parent, { recursive: true, force: true });
    mkdirSync(path.join(parent, 'dist'), { recursive: true });
    start(path.join(parent, 'dist'), path.join(root, 'src'));
    expect(existsSync(path.join(parent, 'dist'))).toBe(true);
  });
});
