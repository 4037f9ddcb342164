// npm run new -- article --url URL --outlet ID --headline TEXT [--published DATE] [--language TAG]
//   [--speaker ID] [--claim ID] [--id ID] [--content DIR]
// Writes content/articles/<outlet>/<id>.md, and a stub for an outlet, speaker or claim that does not exist yet.
// Run in a terminal without the flags, it asks for them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { scaffoldArticle } from '../src/contributor/scaffold.ts';
import { todayIso } from '../src/lib/dates.ts';

const usage = `Usage: npm run new -- article --url URL --outlet ID --headline "…" [--published 2026-02-06|2026-02|2026|unknown]
  [--language en] [--speaker ID] [--claim ID] [--id ID]
Writes content/articles/<outlet>/<id>.md with one statement to fill in (copy it for more), \`accessed\` set to
today, and a stub marked NEEDS REVIEW for an outlet, speaker or claim that has no file yet.
  --url        the article's link, exactly as you opened it
  --outlet     the outlet's id (a file name in content/sources/)
  --headline   the headline exactly as published, or unknown when the copy shows none
  --published  the date as the article states it (default: unknown); an inferred date is written by hand
  --language   the article's language, a BCP 47 tag (default: en)
  --speaker    the id of the first statement's speaker (content/officials/)
  --claim      the id of the claim it bears on (content/claims/)
  --id         the article's permanent id: its file name and web address (default: made from the headline)
Run in a terminal without the flags, it asks for them.`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const options = {
  url: { type: 'string' },
  outlet: { type: 'string' },
  headline: { type: 'string' },
  published: { type: 'string', default: 'unknown' },
  language: { type: 'string', default: 'en' },
  speaker: { type: 'string' },
  claim: { type: 'string' },
  id: { type: 'string' },
  content: { type: 'string', default: 'content' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
const parsed = (() => {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}

if (positionals[0] !== 'article') fail('Only `article` can be scaffolded.');

// Without flags, in a terminal, it asks; each answer can be left empty where a default is shown.
if ((!values.url || !values.outlet || !values.headline) && process.stdin.isTTY) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string, fallback = '') => (await prompt.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback;
  const optional = async (question: string) => (await ask(question)) || undefined;
  values.url ||= await ask('Link to the article');
  values.outlet ||= await ask('Outlet id (a file name in content/sources/, e.g. tehran-times)');
  values.headline ||= await ask('Headline, exactly as published');
  values.published = await ask('Publication date as the article states it (2026-02-06, 2026-02, 2026, unknown)', values.published);
  values.language = await ask('Language of the article (en, fa, ru, …)', values.language);
  const speaker = values.speaker ?? (await optional('Speaker id, if you know it (content/officials/)'));
  const claim = values.claim ?? (await optional('Claim id, if you know it (content/claims/)'));
  if (speaker !== undefined) values.speaker = speaker;
  if (claim !== undefined) values.claim = claim;
  prompt.close();
}
if (!values.url || !values.outlet || !values.headline) fail('--url, --outlet and --headline are needed.');
try {
  new URL(values.url);
} catch {
  fail(`--url ${values.url} is not a link.`);
}
const idsIn = (folder: string) => {
  const absolute = path.join(values.content, folder);
  return existsSync(absolute)
    ? readdirSync(absolute)
        .filter((name) => name.endsWith('.md'))
        .map((name) => name.slice(0, -3))
    : [];
};
const files = scaffoldArticle(
  {
    url: values.url,
    outlet: values.outlet,
    headline: values.headline,
    published: values.published,
    language: values.language,
    accessed: todayIso(),
    speaker: values.speaker,
    claim: values.claim,
    id: values.id,
  },
  { sources: idsIn('sources'), officials: idsIn('officials'), claims: idsIn('claims') },
);
const article = files[0]!;
if (article.pathInContent.endsWith('/.md')) fail('The headline gives no id in Latin letters: add --id, e.g. --id aliyev-pledges-no-threat.');
for (const file of files) {
  const target = path.join(values.content, file.pathInContent);
  if (existsSync(target)) fail(`${target} exists already: choose another --id, or add your statements to that file.`);
}
for (const file of files) {
  const target = path.join(values.content, file.pathInContent);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.text);
  console.log(`${file.stub ? 'stub (needs review)' : 'article'}: ${target}`);
}
// The editor completes and checks frontmatter only in files `astro sync` has mapped to a schema.
if (values.content === 'content') {
  const astroBin = path.join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
  const sync = spawnSync(process.execPath, [astroBin, 'sync'], { encoding: 'utf8' });
  if (sync.status === 0) console.log('editor: completion and checks are ready in the new file(s) (astro sync)');
  else console.warn(`editor: \`astro sync\` failed, so the editor does not know the new file(s) yet:\n${sync.stdout}${sync.stderr}`);
}
console.log('\nFill in every TODO, then run `npm run validate` until it reports no problems.');
