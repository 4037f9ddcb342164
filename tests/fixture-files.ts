import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The files of a fixture's `content/` folder as `buildFromFiles` takes them (every file, not only Markdown). */
export function readFixture(root: string): { file: string; pathInContent: string; text: string }[] {
  const contentDir = path.join(root, 'content');
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => entry.includes('.'))
    .sort()
    .map((pathInContent) => ({ file: `content/${pathInContent}`, pathInContent, text: readFileSync(path.join(contentDir, pathInContent), 'utf8') }));
}
