// npm run validate [-- --changed FILE… | --since GIT-REF]: content → parse → validate → link without
// Astro. Prints every issue (and GitHub annotations on Actions); exits 1 on any.
// With --changed or --since, only issues in those files and in what their articles refer to count.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { issuesInScope, namedFileIssues, referencedFiles } from '../src/contributor/changed.ts';
import { loadContent } from '../src/pipeline/index.ts';
import { loadChangedContent } from '../src/pipeline/load-changed.ts';
import { formatIssue, formatIssueForGitHub } from '../src/pipeline/issues.ts';
import { countOf } from '../src/lib/text.ts';

const { values, positionals } = parseArgs({
  options: { changed: { type: 'boolean', default: false }, since: { type: 'string' }, content: { type: 'string', default: 'content' } },
  allowPositionals: true,
});
const contentDir = values.content;

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
const result =
  changed === undefined
    ? await loadContent({ root: process.cwd(), contentDir, link: false, keepIndex: true })
    : await loadChangedContent({ root: process.cwd(), contentDir, changed });
let issues = result.issues;
let scopeNote = '';
let readNote = `${result.fileCount} content files read`;
if (changed !== undefined) {
  const { filesRead, readAll, sharing } = result as Awaited<ReturnType<typeof loadChangedContent>>;
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
  const d = result.counts!;
  console.log(
    `Content is valid: ${count(d.articles, 'article')}, ${count(d.statements, 'statement')}, ${count(d.claims, 'claim')}, ` +
      `${count(d.events, 'event')}, ${count(d.officials, 'official')}, ${count(d.sources, 'source')} (${milliseconds} ms).`,
  );
}
