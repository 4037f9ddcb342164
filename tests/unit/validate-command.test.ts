// `npm run validate` as a contributor and CI run it: every issue, exit code, changed-files mode, annotations.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const contentDir = 'tests/.tmp/validate-command/content';
const article = `${contentDir}/articles/tehran-times/aliyev-will-not-allow-any-threat.md`;

async function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/validate.ts', '--content', contentDir, ...args], {
      cwd: root,
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
  cpSync(path.join(root, 'content'), absolute, { recursive: true });
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
    expect(stderr).toContain(`${contentDir}/claims/outside-powers-intervention-destabilises-the-south-caucasus.md:4:13 countries[0]: "XX" is not an ISO 3166-1 country code`);
    expect(stdout).toContain(`::error file=${contentDir}/officials/ilham-aliyev.md,line=4,col=10::country: "AZE" is not an ISO 3166-1 country code`);
    expect(stderr).toMatch(/2 problems/);
  });

  it('in changed-files mode, finds the errors in the files the changed article refers to', async () => {
    const { code, stderr } = await validate('--changed', article);
    expect(code).toBe(1);
    expect(stderr).toContain(`${contentDir}/officials/ilham-aliyev.md:4:10 country`);
    expect(stderr).toContain(`${contentDir}/claims/outside-powers-intervention-destabilises-the-south-caucasus.md:4:13 countries[0]`);
    expect(stderr).toMatch(/2 problems in 1 changed file\(s\) and the \d+ they refer to/);
  });

  it('leaves out problems in files the changed article does not refer to', async () => {
    const { code, stdout } = await validate('--changed', `${contentDir}/articles/lunartech-lens/tehran-no-evidence-against-azerbaijan.md`);
    expect(code).toBe(0);
    expect(stdout).toContain('No problems in 1 changed file(s)');
  });
});
