// npm run validate [-- --changed FILE… | --since GIT-REF]: content → parse → validate → link without
// Astro. Prints every issue (and GitHub annotations on Actions); exits 1 on any.
// With --changed or --since, only issues in those files and in what their articles refer to count.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { issuesInScope, referencedFiles } from '../src/build/changed.ts';
import { loadContent } from '../src/build/index.ts';
import { formatIssue, formatIssueForGitHub } from '../src/build/issues.ts';

const { values, positionals } = parseArgs({
  options: { changed: { type: 'boolean', default: false }, since: { type: 'string' }, content: { type: 'string', default: 'content' } },
  allowPositionals: true,
});
const contentDir = values.content;

/** Files a pull request changed: named on the command line, or from git against a base. */
function changedFiles(): string[] | undefined {
  if (values.since !== undefined) {
    const output = execFileSync('git', ['diff', '--name-only', '--diff-filter=d', `${values.since}...HEAD`, '--', contentDir], { encoding: 'utf8' });
    return output.split('\n').filter(Boolean);
  }
  return values.changed ? positionals : undefined;
}

const started = performance.now();
const result = await loadContent({ root: process.cwd(), contentDir });
const changed = changedFiles();
let issues = result.issues;
let scopeNote = '';
if (changed !== undefined) {
  const scope = new Set(changed);
  for (const file of changed) if (existsSync(file)) for (const referenced of referencedFiles(file, readFileSync(file, 'utf8'), contentDir)) scope.add(referenced);
  issues = issuesInScope(result.issues, scope);
  scopeNote = ` in ${changed.length} changed file(s) and the ${scope.size - changed.length} they refer to`;
}
const milliseconds = Math.round(performance.now() - started);

for (const issue of issues) {
  console.error(formatIssue(issue));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatIssueForGitHub(issue));
}
if (issues.length > 0) {
  console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'}${scopeNote} (${result.fileCount} content files read, ${milliseconds} ms).`);
  process.exitCode = 1;
} else if (changed !== undefined) {
  console.log(`No problems${scopeNote} (${result.fileCount} content files read, ${milliseconds} ms).`);
} else {
  const d = result.dataset!;
  console.log(
    `Content is valid: ${d.articles.length} articles, ${d.statements.length} statements, ${d.claims.length} claims, ` +
      `${d.officials.length} officials, ${d.sources.length} sources (${milliseconds} ms).`,
  );
}
