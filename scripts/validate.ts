// npm run validate: content → parse → validate → link without Astro; prints every issue, exits 1 on any.
import { loadContent } from '../src/build/index.ts';
import { formatIssue, formatIssueForGitHub } from '../src/build/issues.ts';

const started = performance.now();
const result = await loadContent({ root: process.cwd() });
const milliseconds = Math.round(performance.now() - started);

for (const issue of result.issues) {
  console.error(formatIssue(issue));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatIssueForGitHub(issue));
}
if (result.issues.length > 0) {
  console.error(`\n${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} in ${result.fileCount} content files (${milliseconds} ms).`);
  process.exitCode = 1;
} else {
  const d = result.dataset!;
  console.log(
    `Content is valid: ${d.articles.length} articles, ${d.statements.length} statements, ${d.claims.length} claims, ` +
      `${d.officials.length} officials, ${d.sources.length} sources (${milliseconds} ms).`,
  );
}
