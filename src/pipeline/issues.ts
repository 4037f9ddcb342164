/** One problem found in the content, pointing at the place a contributor has to change. */
export interface ContentIssue {
  /** Path of the file, relative to the project root (`content/articles/x.md`). */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column: number;
  /** Where in the frontmatter, e.g. `statements[0].speaker`; empty for the file or its body. */
  field: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
}

export type FieldPath = readonly (string | number)[];

/** `statements[0].speaker` from `['statements', 0, 'speaker']`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** `file:line:col field: message — hint`, the one line a contributor reads. */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const field = issue.field ? ` ${issue.field}:` : '';
  const hint = issue.hint ? ` — ${issue.hint}` : '';
  return `${where}${field} ${issue.message}${hint}`;
}

/** The same issue as a GitHub Actions annotation, shown on the pull request's diff. */
export function formatIssueForGitHub(issue: ContentIssue): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const title = issue.field ? ` ${issue.field}:` : '';
  return `::error file=${issue.file},line=${issue.line},col=${issue.column}::${escape(`${title} ${issue.message}${issue.hint ? ` — ${issue.hint}` : ''}`.trim())}`;
}

/** Issues in reading order: by file, then line, then column. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field));
}
