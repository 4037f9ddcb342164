// Entries of the content folder that are not regular files (issue 13): a symbolic link could bring any
// file of the machine into the site, so each is an error naming it, and the rest is still checked.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/index.ts';

const root = mkdtempSync(path.join(tmpdir(), 'hostile-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the content folder', () => {
  it('reports a symbolic link, to a file or to a folder, as an error, and reads nothing through it', async () => {
    cpSync(path.resolve(import.meta.dirname, '../fixtures/good/content'), path.join(root, 'content'), { recursive: true });
    symlinkSync('/etc/passwd', path.join(root, 'content/officials/passwd.md'));
    mkdirSync(path.join(root, 'elsewhere'));
    symlinkSync(path.join(root, 'elsewhere'), path.join(root, 'content/articles/linked-folder'));
    const result = await loadContent({ root, today: '2026-11-22', parseCache: false });
    expect(result.dataset).toBeUndefined();
    expect(result.issues.map(({ file, line, message }) => ({ file, line, message }))).toEqual([
      { file: 'content/articles/linked-folder', line: 1, message: 'is not a regular file (a symbolic link, a device or a pipe), so it is not read' },
      { file: 'content/officials/passwd.md', line: 1, message: 'is not a regular file (a symbolic link, a device or a pipe), so it is not read' },
    ]);
    expect(result.filePaths).not.toContain('content/officials/passwd.md');
  });
});
