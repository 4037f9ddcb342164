import { closest } from '../pipeline/error-map.ts';
import type { ContentIssue } from '../pipeline/issues.ts';
import { filesNamedBy } from '../pipeline/content-index.ts';
import { kindOfPath, parseContentFile } from '../pipeline/parse.ts';

/** The content files an article or event refers to: outlets, speakers, claims, events, and the links of its chains of reports. */
export function referencedFiles(file: string, text: string, contentDir: string): string[] {
  const pathInContent = file.startsWith(`${contentDir}/`) ? file.slice(contentDir.length + 1) : file;
  const kind = kindOfPath(pathInContent);
  if (kind !== 'article' && kind !== 'event') return [];
  const parsed = parseContentFile(file, kind, text).parsed;
  return parsed ? filesNamedBy(parsed, contentDir) : [];
}

/**
 * The issues a pull request is answerable for: those in the files it changed and in the files those
 * articles refer to. Everything is still validated together, so cross-file problems are found.
 */
export function issuesInScope(issues: readonly ContentIssue[], scope: ReadonlySet<string>): ContentIssue[] {
  return issues.filter((issue) => scope.has(issue.file));
}

/**
 * Problems with the files named as changed: one that is not there, or is not content, would otherwise
 * pass as "no problems" (a typo in the path, or a file outside the content folder).
 */
export function namedFileIssues(
  files: readonly string[],
  contentDir: string,
  contentFiles: readonly string[],
  exists: (file: string) => boolean,
): ContentIssue[] {
  const at = (file: string, message: string, hint: string): ContentIssue => ({ file, line: 1, column: 1, field: '', message, hint });
  const example = `\`${contentDir}/articles/<outlet>/<id>.md\``;
  const known = new Set(contentFiles);
  // The nearest content file to a mistyped path (`tehran-time/…`, a missing `.md`): a few characters off, no more.
  return files.flatMap((file) => {
    if (!known.has(file) && !exists(file)) {
      const suggestion = closest(file, contentFiles, 4);
      return [at(file, 'no such file', suggestion ? `did you mean \`${suggestion}\`?` : `check the path: give it from the project root, like ${example}`)];
    }
    if (!file.startsWith(`${contentDir}/`) || !file.endsWith('.md'))
      return [at(file, 'is not a content file', `only Markdown files in ${contentDir}/ are checked, like ${example}`)];
    return [];
  });
}
