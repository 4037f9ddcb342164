// The editor wiring: `.remarkrc.mjs`, which VS Code's remark extension (unifiedjs.vscode-remark) loads,
// checks frontmatter against the generated JSON Schemas and points at the line while typing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import config from '../../.remarkrc.mjs';

const root = path.resolve(import.meta.dirname, '../..');

async function lint(relativePath: string, text: string): Promise<string[]> {
  const processor = unified().use(remarkParse);
  const use = processor.use.bind(processor) as (plugin: Plugin, ...options: unknown[]) => unknown;
  for (const entry of (config as { plugins: (Plugin | [Plugin, unknown])[] }).plugins) {
    if (Array.isArray(entry)) use(entry[0], entry[1]);
    else use(entry);
  }
  const cwd = process.cwd();
  process.chdir(root); // the schema globs are relative to the workspace, as in the editor
  try {
    const file = new VFile({ path: relativePath, value: text });
    await processor.run(processor.parse(file), file);
    return file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
  } finally {
    process.chdir(cwd);
  }
}

describe('editor checks (remark + the JSON Schemas)', () => {
  it('find nothing to underline in the real content', async () => {
    const files = readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const relative = `content/${file.split(path.sep).join('/')}`;
      expect(await lint(relative, readFileSync(path.join(root, relative), 'utf8')), relative).toEqual([]);
    }
  });

  it('underline a wrong value and an unknown field at their lines', async () => {
    const claim = 'content/claims/several-countries-have-offered-to-assist-iran.md';
    const text = readFileSync(path.join(root, claim), 'utf8').replace('countries: [IR]', 'countries: [iran]');
    expect((await lint(claim, text)).join('\n')).toMatch(/^4:13 .*\^\[A-Z\]\{2\}\$/m);
    const official = 'content/officials/ilham-aliyev.md';
    const withTypo = readFileSync(path.join(root, official), 'utf8').replace('aliases:', 'alias:');
    // An unknown field is flagged for the file (the linter gives it no line; `npm run validate` does).
    expect((await lint(official, withTypo)).join('\n')).toMatch(/additional properties/);
  });
});
