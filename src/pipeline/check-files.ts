// The content folder's files, listed, named and checked: parsed and validated, every issue found, without
// linking them into a dataset. What `npm run validate -- --changed` needs, without loading what pages need.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ValidContent } from './content-views.ts';
import { sortIssues, type ContentIssue } from './issues.ts';
import { idOfPath, kindOfPath, parseContentFile, type ContentKind, type ParseCache, type ParsedFile } from './parse.ts';
import type { FileToParse } from './parse-threads.ts';
import { validate } from './validate.ts';

/** A content file's text, with its path inside the content folder and its name as issues give it. */
export interface ContentFileText {
  /** The file as issues name it: the content folder joined with its path inside it. */
  file: string;
  /** Its path inside the content folder. */
  pathInContent: string;
  /** Its text. */
  text: string;
}

/** How many of each kind the content holds (statements counted once however many articles report them). */
export interface ContentCounts {
  articles: number;
  statements: number;
  claims: number;
  events: number;
  officials: number;
  sources: number;
}

/**
 * Every file under the content folder (not hidden ones), relative to it, sorted. Entries that are neither
 * files nor folders (symbolic links, devices, pipes) go into `irregular`, to be reported: a link could
 * bring any file of the machine into the site (one to /etc/passwd was tried).
 */
export async function listContent(absoluteContent: string, irregular: string[] = []): Promise<string[]> {
  // By slicing, not path.relative: at 12,000 files that alone took 0.1 s of a changed-files run.
  const below = absoluteContent.endsWith(path.sep) ? absoluteContent.length : absoluteContent.length + 1;
  const relative = (entry: Dirent) => {
    const inContent = entry.parentPath.length < below ? entry.name : `${entry.parentPath.slice(below)}${path.sep}${entry.name}`;
    return path.sep === '/' ? inContent : inContent.split(path.sep).join('/');
  };
  const entries = (await readdir(absoluteContent, { recursive: true, withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  irregular.push(
    ...entries
      .filter((entry) => !entry.isFile() && !entry.isDirectory())
      .map(relative)
      .sort(),
  );
  return entries
    .filter((entry) => entry.isFile())
    .map(relative)
    .sort();
}

/** The issue for an entry of the content folder that is not a regular file. */
export function irregularEntryIssue(file: string): ContentIssue {
  return {
    file,
    line: 1,
    column: 1,
    field: '',
    message: 'is not a regular file (a symbolic link, a device or a pipe), so it is not read',
    hint: 'put the file itself in the content folder, or remove the entry',
  };
}

/** Names content files as issues do: the content folder (as given) joined with the path inside it. */
export function fileNamer(contentDir: string): (pathInContent: string) => string {
  const folder = path.posix.normalize(contentDir.split(path.sep).join('/')).replace(/\/$/, '');
  return folder === '.' ? (pathInContent) => pathInContent : (pathInContent) => `${folder}/${pathInContent}`;
}

/** The files of a listing that are content (Markdown in a folder of a content kind), with their kind. */
export function contentFilesOf(files: readonly ContentFileText[]): FileToParse[] {
  return files.flatMap(({ file, pathInContent, text }) => {
    const kind = kindOfPath(pathInContent);
    return kind && pathInContent.endsWith('.md') ? [{ file, kind, text }] : [];
  });
}

/**
 * Content files parsed and validated, every issue found; the valid content when there is none. `notRead`
 * are the other content files, by kind and id, when only some are given: references to them are then known.
 */
export function checkFiles(
  files: readonly ContentFileText[],
  today: string,
  issues: ContentIssue[] = [],
  cache?: ParseCache,
  notRead: readonly { kind: ContentKind; id: string }[] = [],
): { content?: ValidContent; counts?: ContentCounts; issues: ContentIssue[]; parsedFiles: ParsedFile[] } {
  const parsedFiles: ParsedFile[] = [];
  const unparsed: { kind: ContentKind; id: string }[] = [...notRead];
  for (const { file, pathInContent, text } of files) {
    const kind = kindOfPath(pathInContent);
    const nested = pathInContent.split('/').length > 2;
    if (kind === undefined || !pathInContent.endsWith('.md') || (nested && kind !== 'article')) {
      issues.push({
        file,
        line: 1,
        column: 1,
        field: '',
        message: 'is not a content file this site reads',
        hint: 'put Markdown files in content/articles/ (any subfolder), content/claims/, content/events/, content/officials/ or content/sources/',
      });
      continue;
    }
    const result = parseContentFile(file, kind, text, cache);
    issues.push(...result.issues);
    if (result.parsed) parsedFiles.push(result.parsed);
    else unparsed.push({ kind, id: idOfPath(pathInContent) });
  }
  const { content, issues: validationIssues } = validate(parsedFiles, { today, unparsed });
  issues.push(...validationIssues);
  const sorted = sortIssues(issues);
  if (sorted.length > 0) return { issues: sorted, parsedFiles };
  const counts: ContentCounts = {
    articles: content.articles.length,
    statements: new Set(content.articles.flatMap((article) => article.data.statements.map((statement) => statement.id))).size,
    claims: content.claims.length,
    events: content.events.length,
    officials: content.officials.length,
    sources: content.sources.length,
  };
  return { content, counts, issues: sorted, parsedFiles };
}
