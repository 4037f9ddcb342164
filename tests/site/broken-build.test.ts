// A contributor's mistake must stop `astro build` with every problem named by file:line:col.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildSite, projectRoot } from './build-helpers.ts';

it('fails the build and lists every content problem with its position', async () => {
  const contentDir = 'tests/.tmp/broken-content';
  const absolute = path.join(projectRoot, contentDir);
  rmSync(absolute, { recursive: true, force: true });
  mkdirSync(absolute, { recursive: true });
  cpSync(path.join(projectRoot, 'tests/fixtures/good/content'), absolute, { recursive: true });
  const article = path.join(absolute, 'articles/tehran-times/aliyev-will-not-allow-any-threat.md');
  const text = readFileSync(article, 'utf8').replace('speaker: ilham-aliyev', 'speaker: ilham-aliev').replace('outlet: tehran-times', 'outlet: tehran-time');
  writeFileSync(article, text);

  const build = await buildSite(contentDir, 'tests/.tmp/broken-site');

  expect(build.exitCode).not.toBe(0);
  const file = `${contentDir}/articles/tehran-times/aliyev-will-not-allow-any-threat.md`;
  expect(build.output).toContain(`${file}:4:9 outlet: unknown outlet "tehran-time" — did you mean "tehran-times"?`);
  expect(build.output).toContain(`${file}:15:14 statements[0].speaker: unknown official "ilham-aliev" — did you mean "ilham-aliyev"?`);
  // The fixture has a second report of that statement, which now disagrees on its speaker.
  expect(build.output).toContain(
    `${file}:15:14 statements[0].speaker: statement "aliyev-azerbaijan-will-not-allow-any-threat-against-iran" has the speaker "ilham-aliyev" at`,
  );
  expect(build.output).toContain('3 problems in the content');
});
