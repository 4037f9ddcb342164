import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { todayIso } from '../lib/dates.ts';
import type { Dataset } from './dataset.ts';
import { sortIssues, type ContentIssue } from './issues.ts';
import { link } from './link.ts';
import { idOfPath, kindOfPath, parseContentFile, type ContentKind, type ParsedFile } from './parse.ts';
import { validate } from './validate.ts';

export interface LoadOptions {
  /** The project root: issues name files relative to it. */
  root: string;
  /** The content folder, relative to the root. */
  contentDir?: string;
  /** Today as `yyyy-MM-dd`; defaults to the real today. */
  today?: string;
}

export interface LoadResult {
  /** The linked dataset; absent when any issue was found. */
  dataset?: Dataset;
  /** Every problem in the content, in file and line order. */
  issues: ContentIssue[];
  /** How many content files were read. */
  fileCount: number;
  /** The files read, relative to the root, as issues name them. */
  filePaths: string[];
}

/** content → parse → validate → link, reporting every issue at once. */
export async function loadContent(options: LoadOptions): Promise<LoadResult> {
  const contentDir = options.contentDir ?? 'content';
  const absoluteContent = path.resolve(options.root, contentDir);
  const relativePaths = (await readdir(absoluteContent, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(absoluteContent, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();

  const issues: ContentIssue[] = [];
  const files: { file: string; pathInContent: string; text: string }[] = await Promise.all(
    relativePaths.map(async (pathInContent) => ({
      pathInContent,
      file: path.posix.join(contentDir.split(path.sep).join('/'), pathInContent),
      text: await readFile(path.join(absoluteContent, pathInContent), 'utf8'),
    })),
  );
  return { ...buildFromFiles(files, options.today ?? todayIso(), issues), fileCount: files.length, filePaths: files.map((entry) => entry.file) };
}

/** The same pipeline on files already in memory (tests and benchmarks use it directly). */
export function buildFromFiles(
  files: readonly { file: string; pathInContent: string; text: string }[],
  today: string,
  issues: ContentIssue[] = [],
): { dataset?: Dataset; issues: ContentIssue[] } {
  const parsedFiles: ParsedFile[] = [];
  const unparsed: { kind: ContentKind; id: string }[] = [];
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
    const result = parseContentFile(file, kind, text);
    issues.push(...result.issues);
    if (result.parsed) parsedFiles.push(result.parsed);
    else unparsed.push({ kind, id: idOfPath(pathInContent) });
  }
  const { content, issues: validationIssues } = validate(parsedFiles, { today, unparsed });
  issues.push(...validationIssues);
  const sorted = sortIssues(issues);
  return sorted.length === 0 ? { dataset: link(content), issues: sorted } : { issues: sorted };
}
