// npm run validate [-- --changed FILE… | --since GIT-REF]: content → parse → validate → link without
// Astro. Prints every issue (and GitHub annotations on Actions); exits 1 on any.
// With --changed or --since, only issues in those files and in what their articles refer to count.
// A full run whose inputs have not changed since the last one prints that run's result (src/pipeline/result-cache.ts):
// the pipeline's modules are loaded only when something has to be checked.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../src/lib/dates.ts';
import type { ContentCounts } from '../src/pipeline/check-files.ts';
import { formatIssue, formatIssueForGitHub, type ContentIssue } from '../src/pipeline/issues.ts';
import { keepResult, keptResult, validationInputs } from '../src/pipeline/result-cache.ts';
import { countOf } from '../src/lib/text.ts';

const { values, positionals } = parseArgs({
  options: { changed: { type: 'boolean', default: false }, since: { type: 'string' }, content: { type: 'string', default: 'content' } },
  allowPositionals: true,
});
// Relative to where it runs, as the changed files are: issues name files the same way whichever was given.
const contentDir = path.isAbsolute(values.content) ? path.relative(process.cwd(), values.content).split(path.sep).join('/') || '.' : values.content;

/** Files a pull request changed: named on the command line, or from git against a base. */
function changedFiles(): string[] | undefined {
  if (values.since !== undefined) {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(Boolean);
    // Committed, staged and unstaged changes since the branch left the base, and files not yet added.
    const base = git('merge-base', values.since, 'HEAD')[0]!;
    return [
      ...new Set([
        ...git('diff', '--name-only', '--diff-filter=d', base, '--', contentDir),
        ...git('ls-files', '--others', '--exclude-standard', '--', contentDir),
      ]),
    ].sort();
  }
  if (!values.changed) return undefined;
  if (positionals.length === 0) {
    console.error('Name the files to check after --changed, e.g. npm run validate -- --changed content/articles/<outlet>/<id>.md');
    process.exit(2);
  }
  return positionals.map((file) => path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/'));
}

const count = countOf;

const started = performance.now();
const changed = changedFiles();
if (changed?.length === 0) {
  console.log(`No content file changed since ${values.since}: nothing to check.`);
  process.exit(0);
}
// Only the problems count here: the content is validated, not linked into pages. A full run keeps an
// index of the files, with which a changed-files run reads only what shares a check with its files.
const root = process.cwd();
let issues: ContentIssue[];
let counts: ContentCounts | undefined;
let scopeNote = '';
let readNote: string;
if (changed === undefined) {
  const resultCache = process.env.CLAIM_TRACKER_PARSE_CACHE !== 'off';
  const inputs = resultCache ? validationInputs(root, contentDir, todayIso()) : '';
  const kept = resultCache ? keptResult(root, contentDir, inputs) : undefined;
  if (kept) {
    ({ issues, counts } = kept);
    readNote = `no file changed since the last run, ${kept.fileCount} content files: its result`;
  } else {
    const { loadContent } = await import('../src/pipeline/index.ts');
    const result = await loadContent({ root, contentDir, link: false, keepIndex: true });
    ({ issues, counts } = result);
    readNote = `${result.fileCount} content files read`;
    if (resultCache) keepResult(root, contentDir, inputs, { issues, ...(counts ? { counts } : {}), fileCount: result.fileCount });
  }
} else {
  const [{ loadChangedContent }, { issuesInScope, namedFileIssues, referencedFiles }] = await Promise.all([
    import('../src/pipeline/load-changed.ts'),
    import('../src/contributor/changed.ts'),
  ]);
  const result = await loadChangedContent({ root, contentDir, changed });
  const { filesRead, readAll, sharing } = result;
  const scope = new Set(changed);
  for (const file of changed)
    if (existsSync(file)) for (const referenced of referencedFiles(file, readFileSync(file, 'utf8'), contentDir)) scope.add(referenced);
  const referred = scope.size - changed.length;
  for (const file of sharing) scope.add(file);
  issues = [...namedFileIssues(changed, contentDir, result.filePaths, existsSync), ...issuesInScope(result.issues, scope)];
  const shared = scope.size - changed.length - referred;
  scopeNote =
    shared > 0
      ? ` in ${count(changed.length, 'changed file')}, the ${count(referred, 'file')} they refer to and the ${count(shared, 'file')} sharing their statements`
      : ` in ${count(changed.length, 'changed file')} and the ${count(referred, 'file')} they refer to`;
  readNote = readAll ? `all ${result.fileCount} content files read` : `${filesRead} of ${result.fileCount} content files read`;
}
const milliseconds = Math.round(performance.now() - started);

for (const issue of issues) {
  console.error(formatIssue(issue));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatIssueForGitHub(issue));
}
if (issues.length > 0) {
  console.error(`\n${count(issues.length, 'problem')}${scopeNote} (${readNote}, ${milliseconds} ms).`);
  process.exitCode = 1;
} else if (changed !== undefined) {
  console.log(`No problems${scopeNote} (${readNote}, ${milliseconds} ms).`);
} else {
  const d = counts!;
  console.log(
    `Content is valid: ${count(d.articles, 'article')}, ${count(d.statements, 'statement')}, ${count(d.claims, 'claim')}, ` +
      `${count(d.events, 'event')}, ${count(d.officials, 'official')}, ${count(d.sources, 'source')} (${readNote}, ${milliseconds} ms).`,
  );
}
