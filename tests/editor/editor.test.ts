// The editor a contributor types in: VS Code with the Astro extension and `astro.content-intellisense`
// (.vscode/settings.json). This runs the same language server, on the schemas `astro sync` writes,
// and checks that it completes fields and values, explains them, and underlines mistakes at their line.
// It works in a copy of the project, so that files it adds and the map it refreshes touch nothing else.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stances } from '../../src/schemas/stance.ts';
import { officialKinds, officialSchema } from '../../src/schemas/official.ts';
import { documentationOf, positionOf, startLanguageServer, type LanguageServer } from './language-server.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const root = path.join(projectRoot, `tests/.tmp/editor-${process.pid}`);
const run = promisify(execFile);
const astro = (...args: string[]) => run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), ...args], { cwd: root });
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const errorsOf = async (server: LanguageServer, file: string, text: string) =>
  (await server.diagnostics(server.open(path.join(root, file), text))).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);

let server: LanguageServer;

beforeAll(async () => {
  mkdirSync(root, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'scripts']) {
    cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  // The edits below are made to copies of the good fixture, so that changing the real content cannot break them.
  for (const kind of ['articles', 'claims', 'officials', 'sources']) {
    cpSync(path.join(projectRoot, 'tests/fixtures/good/content', kind), path.join(root, 'content', kind, 'editor-fixture'), { recursive: true });
  }
  await astro('sync'); // what `npm run new`, `npm run dev` and `npm start` do
  server = await startLanguageServer(root);
});
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('the editor, on content files', () => {
  it('underlines nothing in the real content and the good fixture', async () => {
    const files = readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => `content/${file.split(path.sep).join('/')}`);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(await errorsOf(server, file, read(file)), file).toEqual([]);
  });

  it('completes the fields a statement still lacks, and a stance with each stance’s definition', async () => {
    const file = 'content/articles/editor-fixture/tehran-times/aliyev-will-not-allow-any-threat.md';
    const text = read(file).replace('        stance: denies\n    form: verbatim\n', '        stance: \n    form: verbatim\n    \n');
    const uri = server.open(path.join(root, file), text);

    const stanceChoices = await server.completion(uri, positionOf(text, '        stance: '));
    expect(stanceChoices.map((item) => item.label)).toEqual(Object.keys(stances));
    expect(documentationOf(stanceChoices.find((item) => item.label === 'no-evidence'))).toBe(stances['no-evidence']);

    const fields = await server.completion(uri, positionOf(text, '    form: verbatim\n    ', 'form: verbatim\n    '.length + 4));
    expect(fields.map((item) => item.label)).toEqual(expect.arrayContaining(['language', 'accordingTo', 'passage']));
    expect(fields.map((item) => item.label)).not.toContain('speaker'); // already there
  });

  it('explains a field on hover, from its description in the zod schema', async () => {
    const file = 'content/officials/editor-fixture/iran-security-agencies.md';
    const text = read(file);
    const hover = await server.hover(server.open(path.join(root, file), text), positionOf(text, 'kind:', 1));
    expect(hover).toContain(officialSchema.shape.kind.description!);
    for (const definition of Object.values(officialKinds)) expect(hover).toContain(definition);
  });

  it('underlines a wrong value at its line with how to fix it, and an unknown field', async () => {
    const claim = 'content/claims/editor-fixture/several-countries-have-offered-to-assist-iran.md';
    expect(await errorsOf(server, claim, read(claim).replace('countries: [IR]', 'countries: [iran]'))).toEqual([
      '4:13 Use an ISO 3166-1 alpha-2 code in capitals, such as `AZ`, `IR` or `IL`.',
    ]);
    const official = 'content/officials/editor-fixture/ilham-aliyev.md';
    const withTypo = read(official).replace('aliases:', 'alias:');
    const line = withTypo.split('\n').findIndex((l) => l.startsWith('alias:')) + 1;
    expect((await errorsOf(server, official, withTypo)).join('\n')).toMatch(new RegExp(`^${line}:1 Property alias is not allowed`, 'm'));
  });

  it('knows an article as soon as `npm run new` has written it, and points at its TODOs', async () => {
    const file = 'content/articles/tehran-times/editor-check.md';
    await run(
      process.execPath,
      [
        'scripts/new.ts',
        'article',
        '--url',
        'https://www.tehrantimes.com/news/1/x',
        '--outlet',
        'tehran-times',
        '--headline',
        'A headline',
        '--speaker',
        'ilham-aliyev',
        '--claim',
        'azerbaijan-lets-israel-use-its-territory-against-iran',
        '--id',
        'editor-check',
      ],
      { cwd: root },
    );
    // The open editor's file watcher reports the map that `npm run new` refreshed.
    server.filesChanged([path.join(root, '.astro/collections/collections.json')]);
    const text = read(file);
    const lineOf = (fragment: string) => text.split('\n').findIndex((line) => line.includes(fragment)) + 1;
    expect(await errorsOf(server, file, text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${lineOf('id: TODO-who-says-what')}:\\d+ Use lowercase letters`)),
        expect.stringMatching(new RegExp(`^${lineOf('stance: TODO')}:\\d+ Value is not accepted`)),
        expect.stringMatching(new RegExp(`^${lineOf('form: TODO')}:\\d+ Value is not accepted`)),
      ]),
    );
  });
});
