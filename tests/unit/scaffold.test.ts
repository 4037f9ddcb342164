// `npm run new -- article`: the scaffold a contributor fills in, then validates.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/index.ts';

const root = path.resolve(import.meta.dirname, '../..');

function freshContent(name: string): string {
  const contentDir = `tests/.tmp/scaffold-${name}/content`;
  rmSync(path.join(root, contentDir), { recursive: true, force: true });
  mkdirSync(path.join(root, contentDir), { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/good/content'), path.join(root, contentDir), { recursive: true });
  return contentDir;
}

async function scaffold(contentDir: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/new.ts', 'article', '--content', contentDir, ...args], { cwd: root });
  return stdout;
}

function edit(file: string, replacements: [string | RegExp, string][]): void {
  let text = readFileSync(path.join(root, file), 'utf8');
  for (const [from, to] of replacements) text = text.replace(from, to);
  writeFileSync(path.join(root, file), text);
}

describe('npm run new -- article', () => {
  it('writes an article whose only problems are its TODOs, each at its line, and that validates once they are filled', async () => {
    const contentDir = freshContent('existing');
    const output = await scaffold(
      contentDir,
      '--url',
      'https://www.tehrantimes.com/news/999999/Example',
      '--outlet',
      'tehran-times',
      '--headline',
      'Aliyev repeats pledge on territory',
      '--published',
      '2026-03-02',
      '--speaker',
      'ilham-aliyev',
      '--claim',
      'azerbaijan-lets-israel-use-its-territory-against-iran',
    );
    const file = `${contentDir}/articles/tehran-times/aliyev-repeats-pledge-on-territory.md`;
    expect(output).toContain(`article: ${file}`);
    expect(output).not.toContain('stub');

    const before = await loadContent({ root, contentDir });
    expect(before.issues.every((issue) => issue.file === file && issue.message === 'is still a placeholder (TODO)')).toBe(true);
    expect(before.issues.map((issue) => `${issue.line}:${issue.field}`)).toEqual([
      '11:statements[0].id',
      '17:statements[0].claims[0].stance',
      '18:statements[0].form',
      '19:statements[0].text',
      '20:statements[0].attribution',
      '24:body',
    ]);

    edit(file, [
      [/id: TODO-who-says-what.*/, 'id: aliyev-repeats-pledge-on-territory'],
      [/stance: TODO.*/, 'stance: denies'],
      [/form: TODO.*/, 'form: verbatim'],
      [/text: "TODO.*/, 'text: Our territory will not be used against any neighbour.'],
      [/attribution: TODO.*/, 'attribution: direct'],
      [/^TODO: paste.*$/m, 'Aliyev said: “Our territory will not be used against any neighbour.”'],
    ]);
    const after = await loadContent({ root, contentDir });
    expect(after.issues).toEqual([]);
    expect(after.dataset!.statementsById.get('aliyev-repeats-pledge-on-territory')!.speaker.id).toBe('ilham-aliyev');
  });

  it('writes a stub marked NEEDS REVIEW for an outlet that does not exist yet, and validation points into it', async () => {
    const contentDir = freshContent('new-outlet');
    const output = await scaffold(
      contentDir,
      '--url',
      'https://news.example.az/a/1',
      '--outlet',
      'example-news-az',
      '--headline',
      'A report',
      '--speaker',
      'new-speaker',
    );
    expect(output).toContain(`stub (needs review): ${contentDir}/sources/example-news-az.md`);
    expect(output).toContain(`stub (needs review): ${contentDir}/officials/new-speaker.md`);
    const stub = readFileSync(path.join(root, contentDir, 'sources/example-news-az.md'), 'utf8');
    expect(stub).toContain('# NEEDS REVIEW');
    expect(stub).toContain('homepage: https://news.example.az/');
    const { issues } = await loadContent({ root, contentDir });
    const outletIssues = issues.filter((issue) => issue.file === `${contentDir}/sources/example-news-az.md`);
    expect(outletIssues.map((issue) => `${issue.line} ${issue.field || issue.message}`)).toEqual(['2 is still marked NEEDS REVIEW', '3 name', '5 kind']);
    expect(issues.filter((issue) => issue.file === `${contentDir}/officials/new-speaker.md`).map((issue) => issue.field)).toEqual([
      '',
      'name',
      'kind',
      'country',
      'roles[0].title',
      'roles[0].attested',
    ]);

    // Filled in, the stub still needs its reviewer's mark removed; then it is done.
    const outlet = `${contentDir}/sources/example-news-az.md`;
    edit(outlet, [
      [/name: TODO.*/, 'name: Example News'],
      [/kind: TODO.*/, 'kind: private-outlet'],
    ]);
    const filled = await loadContent({ root, contentDir });
    expect(filled.issues.filter((issue) => issue.file === outlet).map((issue) => issue.message)).toEqual(['is still marked NEEDS REVIEW']);
    edit(outlet, [[/^# NEEDS REVIEW.*\n/m, '']]);
    expect((await loadContent({ root, contentDir })).issues.filter((issue) => issue.file === outlet)).toEqual([]);
  });

  it('writes `headline: unknown` for copy without one, and takes the id from the article’s address', async () => {
    const contentDir = freshContent('no-headline');
    const output = await scaffold(
      contentDir,
      '--url',
      'https://www.tehrantimes.com/wire/2026-03-03/0412-baku-denial',
      '--outlet',
      'tehran-times',
      '--headline',
      'unknown',
    );
    const file = `${contentDir}/articles/tehran-times/0412-baku-denial.md`;
    expect(output).toContain(`article: ${file}`);
    expect(readFileSync(path.join(root, file), 'utf8')).toMatch(/^headline: unknown {2}#/m);
    const { issues } = await loadContent({ root, contentDir });
    // The headline is not a placeholder to fill in: `unknown` is an answer.
    expect(issues.filter((issue) => issue.field === 'headline')).toEqual([]);
  });

  it('refuses to overwrite an existing article', async () => {
    const contentDir = freshContent('overwrite');
    const existing = path.join(root, contentDir, 'articles/tehran-times/aliyev-will-not-allow-any-threat.md');
    const before = readFileSync(existing, 'utf8');
    const run = scaffold(
      contentDir,
      '--url',
      'https://www.tehrantimes.com/x',
      '--outlet',
      'tehran-times',
      '--headline',
      'x',
      '--id',
      'aliyev-will-not-allow-any-threat',
    );
    await expect(run).rejects.toMatchObject({ code: 2 });
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });
});
