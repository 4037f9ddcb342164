// `npm run validate` as a contributor and CI run it: every issue, exit code, changed-files mode, annotations.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openContentIndex } from '../../src/pipeline/content-index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const contentDir = 'tests/.tmp/validate-command/content';
const article = `${contentDir}/articles/tehran-times/aliyev-will-not-allow-any-threat.md`;

async function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(root, '--content', contentDir, ...args);
}

/** Runs the validate command in a folder (the project, or a repository of its own). */
async function run(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts/validate.js'), ...args], {
      cwd,
      env: { ...process.env, GITHUB_ACTIONS: 'true' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(() => {
  const absolute = path.join(root, contentDir);
  rmSync(absolute, { recursive: true, force: true });
  mkdirSync(absolute, { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/good/content'), absolute, { recursive: true });
  // A mistake in a file the article refers to (its speaker), and one in a file it does not (another claim).
  const official = path.join(absolute, 'officials/ilham-aliyev.md');
  writeFileSync(official, readFileSync(official, 'utf8').replace('country: AZ', 'country: AZE'));
  const claim = path.join(absolute, 'claims/outside-powers-intervention-destabilises-the-south-caucasus.md');
  writeFileSync(claim, readFileSync(claim, 'utf8').replace('countries: [AZ, IR]', 'countries: [XX, IR]'));
});

describe('npm run validate', () => {
  it('reports every problem with file:line:col, as a GitHub annotation too, and exits 1', async () => {
    const { code, stderr, stdout } = await validate();
    expect(code).toBe(1);
    expect(stderr).toContain(`${contentDir}/officials/ilham-aliyev.md:4:10 country: "AZE" is not an ISO 3166-1 country code`);
    expect(stderr).toContain(
      `${contentDir}/claims/outside-powers-intervention-destabilises-the-south-caucasus.md:4:13 countries[0]: "XX" is not an ISO 3166-1 country code`,
    );
    expect(stdout).toContain(`::error file=${contentDir}/officials/ilham-aliyev.md,line=4,col=10::country: "AZE" is not an ISO 3166-1 country code`);
    expect(stderr).toMatch(/2 problems/);
  });

  it('gives the last full run’s result when nothing has changed, and checks everything again after any change', async () => {
    const folder = 'tests/.tmp/validate-kept/content';
    const absolute = path.join(root, folder);
    rmSync(absolute, { recursive: true, force: true });
    cpSync(path.join(root, 'tests/fixtures/good/content'), absolute, { recursive: true });
    const first = await validate('--content', folder);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Content is valid: .*\(\d+ content files read, \d+ ms\)/);
    const again = await validate('--content', folder);
    expect(again.stdout).toMatch(/Content is valid: .*\(no file changed since the last run, \d+ content files: its result, \d+ ms\)/);
    expect(again.stdout.replace(/\(.*\)/, '')).toBe(first.stdout.replace(/\(.*\)/, ''));
    // A mistake written into a file: checked again, and found, and the failed result is kept in its turn.
    const official = path.join(absolute, 'officials/ilham-aliyev.md');
    writeFileSync(official, readFileSync(official, 'utf8').replace('country: AZ', 'country: AZE'));
    for (const run of [await validate('--content', folder), await validate('--content', folder)]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${folder}/officials/ilham-aliyev.md:4:10 country: "AZE" is not an ISO 3166-1 country code`);
    }
    // A new file, even one that is not content, is a change too.
    writeFileSync(path.join(absolute, 'officials/notes.txt'), 'not content');
    expect((await validate('--content', folder)).stderr).toMatch(/\(\d+ content files read/);
  });

  it('in changed-files mode, finds the errors in the files the changed article refers to', async () => {
    const { code, stderr } = await validate('--changed', article);
    expect(code).toBe(1);
    expect(stderr).toContain(`${contentDir}/officials/ilham-aliyev.md:4:10 country`);
    expect(stderr).toContain(`${contentDir}/claims/outside-powers-intervention-destabilises-the-south-caucasus.md:4:13 countries[0]`);
    // It shares a statement with another article, which is checked with it; after the full run above, little else is read.
    expect(stderr).toMatch(/2 problems in 1 changed file, the \d+ files they refer to and the 1 file sharing their statements \(9 of 35 content files read/);
  });

  it('takes the content folder and the changed file as absolute paths too, naming files as with relative ones', async () => {
    const { code, stderr } = await run(root, '--content', path.join(root, contentDir), '--changed', path.join(root, article));
    expect(code).toBe(1);
    expect(stderr).toContain(`${contentDir}/officials/ilham-aliyev.md:4:10 country`);
    expect(stderr).not.toContain('is not a content file');
  });

  it('leaves out problems in files the changed article does not refer to', async () => {
    const { code, stdout } = await validate('--changed', `${contentDir}/articles/lunartech-lens/tehran-no-evidence-against-azerbaijan.md`);
    expect(code).toBe(0);
    expect(stdout).toContain('No problems in 1 changed file and the 4 files they refer to');
  });

  it('with the index of a full run, reads only what shares a check with the change, and finds a conflict it causes in an unchanged file', async () => {
    const folder = 'tests/.tmp/validate-changed/content';
    rmSync(path.join(root, folder), { recursive: true, force: true });
    cpSync(path.join(root, 'tests/fixtures/good/content'), path.join(root, folder), { recursive: true });
    expect((await run(root, '--content', folder)).code).toBe(0); // keeps the index
    // One statement, two reports: the first (by file order) now names another speaker. The conflict is
    // reported at the second report, in a file that did not change.
    const changedFile = `${folder}/articles/kavkaz-vestnik/2026/baku-promises-no-threat-to-iran.md`;
    const text = readFileSync(path.join(root, changedFile), 'utf8');
    writeFileSync(
      path.join(root, changedFile),
      text.replace(
        'id: aliyev-azerbaijan-will-not-allow-any-threat-against-iran\n    speaker: ilham-aliyev',
        'id: aliyev-azerbaijan-will-not-allow-any-threat-against-iran\n    speaker: zakir-hasanov',
      ),
    );
    const { code, stderr } = await run(root, '--content', folder, '--changed', changedFile);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^${folder}/articles/tehran-times/aliyev-will-not-allow-any-threat\\.md:\\d+:\\d+ statements\\[0\\]\\.speaker: statement "aliyev-azerbaijan-will-not-allow-any-threat-against-iran" has the speaker`,
        'm',
      ),
    );
    expect(stderr).toMatch(/\((\d+) of 35 content files read/);
    expect(Number(/\((\d+) of 35 content files read/.exec(stderr)![1])).toBeLessThan(12);

    // A file changed since the index but not named is read again, not taken from the index.
    const other = `${folder}/articles/tehran-times/aliyev-will-not-allow-any-threat.md`;
    writeFileSync(path.join(root, changedFile), text);
    writeFileSync(path.join(root, other), readFileSync(path.join(root, other), 'utf8').replace('speaker: ilham-aliyev', 'speaker: zakir-hasanov'));
    const again = await run(root, '--content', folder, '--changed', changedFile);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('has the speaker');
  });

  it('with the index of a full run, finds a new official that reads as an existing one, reading only the two', async () => {
    const folder = 'tests/.tmp/validate-look-alike/content';
    rmSync(path.join(root, folder), { recursive: true, force: true });
    cpSync(path.join(root, 'tests/fixtures/good/content'), path.join(root, folder), { recursive: true });
    expect((await run(root, '--content', folder)).code).toBe(0); // keeps the index, with what each name reads as
    const added = `${folder}/officials/ilkham-aliev.md`;
    writeFileSync(path.join(root, added), '---\nname: Ильхам Алиев\nkind: person\n---\n');
    const { code, stderr } = await run(root, '--content', folder, '--changed', added);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${added}:2:7 name: "Ильхам Алиев" reads as "Ilham Aliyev", the name of the official ilham-aliyev (${folder}/officials/ilham-aliyev.md:2)`,
    );
    expect(Number(/\((\d+) of 36 content files read/.exec(stderr)![1])).toBeLessThan(4);
  });

  it('keeps what a changed-files run learns: an article added in one run is found duplicated in the next, and is forgotten once removed', async () => {
    const folder = 'tests/.tmp/validate-changed-twice/content';
    rmSync(path.join(root, folder), { recursive: true, force: true });
    cpSync(path.join(root, 'tests/fixtures/good/content'), path.join(root, folder), { recursive: true });
    expect((await run(root, '--content', folder)).code).toBe(0); // keeps the index
    const original = readFileSync(path.join(root, folder, 'articles/caspian-wire-test/azerbaijan-no-commitment-on-warships.md'), 'utf8');
    const copy = original.replace('https://caspian-wire.example.net/wire/2026-03-03/0412', 'https://caspian-wire.example.net/wire/2026-03-03/0999');
    const first = `${folder}/articles/caspian-wire-test/a-later-wire.md`;
    const second = `${folder}/articles/caspian-wire-test/b-later-wire.md`;
    writeFileSync(path.join(root, first), copy);
    expect((await run(root, '--content', folder, '--changed', first)).code).toBe(0);
    // The run put the new file in the index, so the next one knows it without reading it.
    const index = (await openContentIndex(root, folder))!;
    const url = 'https://caspian-wire.example.net/wire/2026-03-03/0999';
    expect([index.withUrl(url), index.seen().has(first)]).toEqual([[first], true]);
    index.close();
    writeFileSync(path.join(root, second), copy);
    const duplicate = await run(root, '--content', folder, '--changed', second);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain(`${second}:3:6 url: the same article is already in ${first}:3`);
    // The copy reports the statement of the article it copies: the articles reporting that are read too.
    expect(Number(/\((\d+) of 37 content files read/.exec(duplicate.stderr)![1])).toBeLessThan(15);
    rmSync(path.join(root, first));
    expect((await run(root, '--content', folder, '--changed', second)).code).toBe(0);
    const after = (await openContentIndex(root, folder))!;
    expect([after.withUrl(url), after.seen().has(first)]).toEqual([[second], false]);
    after.close();
  });

  it('says so when a file named as changed is not there or is not content, rather than finding no problems', async () => {
    const { code, stderr } = await validate('--changed', `${contentDir}/articles/tehran-times/my-article.md`, 'README.md');
    expect(code).toBe(1);
    expect(stderr).toContain(`${contentDir}/articles/tehran-times/my-article.md:1:1 no such file — check the path: give it from the project root`);
    const typo = await validate('--changed', `${contentDir}/articles/tehran-time/aliyev-will-not-allow-any-threat`);
    expect(typo.stderr).toContain(`no such file — did you mean \`${article}\`?`);
    expect(stderr).toContain('README.md:1:1 is not a content file — only Markdown files in');
  });

  it('with --since, checks the files changed since the base, committed or not, and new files not yet added', async () => {
    const repository = path.join(root, 'tests/.tmp/validate-since');
    rmSync(repository, { recursive: true, force: true });
    mkdirSync(repository, { recursive: true });
    cpSync(path.join(root, 'tests/fixtures/good/content'), path.join(repository, 'content'), { recursive: true });
    const git = (...args: string[]) => promisify(execFile)('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repository });
    await git('init', '-q', '-b', 'main');
    await git('add', '.');
    await git('commit', '-q', '-m', 'base');
    expect((await run(repository, '--since', 'main')).stdout).toContain('No content file changed since main: nothing to check.');

    // A new article, not yet added to git, whose speaker has a typo.
    const seed = readFileSync(path.join(root, 'tests/fixtures/good/content/articles/tehran-times/aliyev-will-not-allow-any-threat.md'), 'utf8');
    const draft = seed
      .replace('url: https://www.tehrantimes.com/print/', 'url: https://www.tehrantimes.com/news/')
      .replaceAll('speaker: aziz-nasirzadeh', 'speaker: aziz-nasirzade');
    writeFileSync(path.join(repository, 'content/articles/tehran-times/draft.md'), draft);
    const { code, stderr } = await run(repository, '--since', 'main');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^content\/articles\/tehran-times\/draft\.md:\d+:\d+ statements\[2\]\.speaker: unknown official "aziz-nasirzade" — did you mean "aziz-nasirzadeh"\?/m,
    );
    expect(stderr).toMatch(/in 1 changed file and the \d+ files they refer to/);
  });
});
