import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit as visitYaml, type Document, type Node as YamlNode } from 'yaml';
import { formatFieldPath, type ContentIssue, type FieldPath } from './issues.ts';
import { invisibleCharacters } from './invisible-characters.ts';
import { limitBreaches } from './limits.ts';
import { readableText } from './mdast-text.ts';
import { truncate } from '../lib/text.ts';

import { contentKinds, type ContentKind } from '../schemas/index.ts';

export type { ContentKind };

/** A content file split into frontmatter and body, with everything needed to point at a line. */
export interface ParsedFile {
  kind: ContentKind;
  /** Path relative to the project root, as printed in issues. */
  file: string;
  /** The file name without `.md`: the entry's permanent id. */
  id: string;
  /** The frontmatter as plain data, before validation. */
  data: unknown;
  /** The Markdown body as an mdast tree (positions are relative to the body). */
  body: MdastRoot;
  /** The body's text with Markdown syntax removed, for finding quotes. */
  bodyText: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** True when the body went over a limit and was not read (an empty tree): checks against its text are skipped. */
  bodyUnread?: boolean;
  /** Points at a frontmatter field: its value, or with `key: true` its key. */
  locate: (path: FieldPath, options?: { key?: boolean }) => { line: number; column: number };
}

export interface ParseResult {
  parsed?: ParsedFile;
  issues: ContentIssue[];
  /** True when the parse took longer than a file may (its issues say so): such a result is not cached. */
  overBudget?: boolean;
}

/**
 * Longest a file's parse may take, in milliseconds: real files take a few. The limits (src/pipeline/limits.ts)
 * stop the inputs known to be slow before parsing; this catches what they miss, as an error rather than a
 * slow build that passes. CLAIM_TRACKER_PARSE_BUDGET_MS sets another (tests).
 */
export function parseBudgetMs(): number {
  const set = Number(process.env.CLAIM_TRACKER_PARSE_BUDGET_MS);
  return Number.isFinite(set) && set >= 0 && process.env.CLAIM_TRACKER_PARSE_BUDGET_MS !== '' ? set : 3000;
}

/** The Markdown parser of every body (GFM): content files, and the contributor guide the site renders. */
export const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** The comment `npm run new` puts in a stub; a reviewer's check removes it, so a file that keeps it is not done. */
export const needsReviewMarker = '# NEEDS REVIEW';

/** Kind of a file from its path inside `content/` (`articles/2026/x.md` → article). */
export function kindOfPath(pathInContent: string): ContentKind | undefined {
  const folder = pathInContent.split('/')[0] as keyof typeof contentKinds;
  return Object.hasOwn(contentKinds, folder) ? contentKinds[folder] : undefined;
}

/** The permanent id of a content file: its name without `.md`. */
export function idOfPath(file: string): string {
  return file.split('/').pop()!.replace(/\.md$/, '');
}

/** What a parse leaves that does not depend on the file's name or path: kept by content in a cache. */
export interface CachedParse {
  /** The frontmatter as plain data; absent when it could not be read. */
  data?: unknown;
  /** The body without positions (the issues that need them are found while parsing); from the cache, read when first asked for. */
  body?: MdastRoot | (() => MdastRoot);
  bodyText?: string;
  bodyLine?: number;
  bodyUnread?: boolean;
  issues: Omit<ContentIssue, 'file'>[];
}

/** Where parses are kept between runs, by a key made from the file's text (src/pipeline/parse-cache.ts). */
export interface ParseCache {
  keyOf(text: string): string;
  get(key: string): CachedParse | undefined;
  set(key: string, parse: CachedParse): void;
}

/** Parses one content file: strict YAML frontmatter with positions, then the GFM body; from the cache when it has it. */
export function parseContentFile(file: string, kind: ContentKind, source: string, cache?: ParseCache): ParseResult {
  const text = normalizedText(source);
  const key = cache?.keyOf(text);
  const cached = key === undefined ? undefined : cache!.get(key);
  if (cached) return fromCache(file, kind, text, cached);
  const result = parseWithinBudget(file, kind, text);
  if (key !== undefined && !result.overBudget) cache!.set(key, cacheablePart(result));
  return result;
}

/** A parse, or an error in its place when it took longer than a file may. */
function parseWithinBudget(file: string, kind: ContentKind, text: string): ParseResult {
  const started = performance.now();
  const result = parseText(file, kind, text);
  const took = performance.now() - started;
  const budget = parseBudgetMs();
  if (took <= budget) return result;
  const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(milliseconds < 1000 ? 2 : 1)} s`;
  return {
    overBudget: true,
    issues: [
      {
        file,
        line: 1,
        column: 1,
        field: '',
        message: `took ${seconds(took)} to read, over the ${seconds(budget)} a content file may take`,
        hint: 'simplify its Markdown and frontmatter (deep nesting, long runs of punctuation) or split it: a file this slow would stall every build',
      },
    ],
  };
}

/**
 * The text as parsed and as the cache keys it: no byte-order mark, `\n` line ends, and Unicode NFC, so that
 * "é" typed as one character and as "e" with a combining accent are the same text (canonically equivalent:
 * nothing is lost), and a name or a quote matches however it was typed.
 */
export function normalizedText(source: string): string {
  return source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** What of a parse the cache keeps: everything but the file's name. */
export function cacheablePart(result: ParseResult): CachedParse {
  return {
    ...(result.parsed
      ? {
          data: result.parsed.data,
          body: result.parsed.body,
          bodyText: result.parsed.bodyText,
          bodyLine: result.parsed.bodyLine,
          ...(result.parsed.bodyUnread ? { bodyUnread: true } : {}),
        }
      : {}),
    issues: result.issues.map(({ file: _file, ...issue }) => issue),
  };
}

/** A cached parse for this file; pointing at a field parses its YAML again, which only an issue needs. */
function fromCache(file: string, kind: ContentKind, text: string, cached: CachedParse): ParseResult {
  const issues = cached.issues.map((issue) => ({ file, ...issue }));
  if (cached.data === undefined || cached.body === undefined) return { issues };
  let locate: ParsedFile['locate'] | undefined;
  let body: MdastRoot | undefined;
  const cachedBody = cached.body;
  return {
    parsed: {
      kind,
      file,
      id: idOfPath(file),
      data: cached.data,
      // Validation reads the body's text, not its tree: the tree is read only for a page that renders it.
      get body() {
        return (body ??= typeof cachedBody === 'function' ? cachedBody() : cachedBody);
      },
      bodyText: cached.bodyText ?? '',
      bodyLine: cached.bodyLine ?? 1,
      ...(cached.bodyUnread ? { bodyUnread: true } : {}),
      locate: (path, options) => (locate ??= parseText(file, kind, text).parsed!.locate)(path, options),
    },
    issues,
  };
}

function parseText(file: string, kind: ContentKind, text: string): ParseResult {
  const at = (line: number, column: number, field: string, message: string, hint: string): ContentIssue => ({
    file,
    line,
    column,
    field,
    message,
    hint,
  });

  const lines = text.split('\n');
  const opened = lines[0]?.trimEnd() === '---';
  const closing = opened ? lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---') : -1;
  // Inputs the parsers would take minutes or the whole stack over are stopped before they run; the
  // invisible characters (a scan as cheap as the limits') are reported with them, unless the file is
  // over the size limit, which stops every check.
  const breaches = limitBreaches(text, lines, closing);
  const invisible = breaches.some((breach) => breach.limit === 'fileBytes')
    ? []
    : invisibleCharacters(lines).map((found) => at(found.line, found.column, '', found.message, found.hint));
  const breachIssues = breaches.map((breach) => at(breach.line, breach.column, '', breach.message, breach.hint));
  // Over a limit only in the body, the frontmatter is still read and checked, and the body is left unread.
  const bodyUnread = breaches.length > 0 && closing !== -1 && breaches.every((breach) => breach.limit !== 'fileBytes' && breach.line > closing + 1);
  if (breaches.length > 0 && !bodyUnread) return { issues: [...invisible, ...breachIssues] };
  if (!opened) {
    return { issues: [...invisible, at(1, 1, '', 'has no frontmatter', 'start the file with a line `---`, the YAML fields, and another `---`')] };
  }
  if (closing === -1) {
    return { issues: [...invisible, at(1, 1, '', 'frontmatter is never closed', 'end the YAML fields with a line `---`')] };
  }

  const issues: ContentIssue[] = [...invisible, ...breachIssues];
  const yamlLines = lines.slice(1, closing);
  const yamlFirstLine = 2;
  const markerIndex = yamlLines.findIndex((line) => line.trimStart().startsWith(needsReviewMarker));
  if (markerIndex !== -1) {
    issues.push(
      at(markerIndex + yamlFirstLine, 1, '', 'is still marked NEEDS REVIEW', 'check every field of this stub against a source, then delete this line'),
    );
  }

  const yamlText = yamlLines.join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + yamlFirstLine - 1, column: col };
  };
  // A duplicate key stands on its own; after the first syntax error the parser's further complaints
  // mostly follow from it, so they are counted on the first rather than listed as separate problems.
  const problems = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  const syntaxErrors = problems.filter((problem) => problem.code !== 'DUPLICATE_KEY');
  const [firstSyntaxError] = syntaxErrors;
  for (const problem of problems.filter((problem) => problem.code === 'DUPLICATE_KEY' || problem === firstSyntaxError)) {
    const { line, column } = position(problem.pos[0]);
    const more =
      problem === firstSyntaxError && syntaxErrors.length > 1
        ? ` (the YAML parser reports ${syntaxErrors.length - 1} more after it, which may go away with this one)`
        : '';
    issues.push(at(line, column, '', `YAML: ${firstLine(problem.message)}${more}`, yamlHint(problem.code)));
  }

  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 50 }) ?? {};
    } catch (error) {
      // The parser names no place: point at the first alias, where the repetition starts.
      let firstAlias: number | undefined;
      visitYaml(doc, {
        Alias: (_key, node) => {
          firstAlias ??= node.range?.[0];
          return firstAlias === undefined ? undefined : visitYaml.BREAK;
        },
      });
      const { line, column } = firstAlias === undefined ? { line: yamlFirstLine, column: 1 } : position(firstAlias);
      issues.push(at(line, column, '', `YAML: ${(error as Error).message}`, 'write the values out instead of repeating aliases'));
    }
  }

  const bodyLine = closing + 2;
  const bodySource = lines.slice(closing + 1).join('\n');
  const body: MdastRoot = bodyUnread ? { type: 'root', children: [] } : markdownParser.parse(bodySource);
  if (!bodyUnread) issues.push(...checkBody(body, bodyLine, file));

  if (data === undefined) return { issues };

  const locate = (path: FieldPath, options: { key?: boolean } = {}) => {
    const range = rangeAt(doc, path, options.key ?? false);
    return range === undefined ? { line: yamlFirstLine, column: 1 } : position(range);
  };

  return {
    parsed: { kind, file, id: idOfPath(file), data, body, bodyText: plainText(body), bodyLine, ...(bodyUnread ? { bodyUnread: true } : {}), locate },
    issues,
  };
}

/** Raw HTML and links that are not http(s) cannot be published safely: both are errors. */
function checkBody(body: MdastRoot, bodyLine: number, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const where = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
    file,
    line: (node.position?.start.line ?? 1) + bodyLine - 1,
    column: node.position?.start.column ?? 1,
    field: 'body',
  });
  visit(body, (node) => {
    if (node.type === 'html') {
      issues.push({
        ...where(node),
        message: `raw HTML is not allowed: ${JSON.stringify(truncate(node.value, 60))}`,
        hint: 'use Markdown instead (emphasis, links, lists); HTML would be removed from the page',
      });
    }
    // Left from a scaffold (`npm run new`): the body is not finished.
    if (node.type === 'text' && /\bTODO\b/.test(node.value)) {
      issues.push({
        ...where(node),
        message: 'is still a placeholder (TODO)',
        hint: 'paste the article text, or the passages the statements rely on, in place of the TODO line',
      });
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (!isAllowedLink(node.url)) {
        issues.push({
          ...where(node),
          message: `link target ${JSON.stringify(truncate(node.url, 60))} is not an http(s) or mailto: URL`,
          hint: 'link only to http:// or https:// pages, e-mail addresses, or #anchors on the page',
        });
      }
    }
  });
  return issues;
}

function isAllowedLink(url: string): boolean {
  if (url.startsWith('#')) return true;
  try {
    const parsed = new URL(url);
    // GFM turns a bare e-mail address into a mailto: link; it is safe and the contributor wrote no link.
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Text of every block, separated by spaces, so a quote can be found across Markdown syntax. */
function plainText(body: MdastRoot): string {
  const blocks: string[] = [];
  visit(body, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      blocks.push(readableText(node));
      return 'skip';
    }
    return undefined;
  });
  return blocks.join(' ');
}

/** The offset in the YAML text of the node at a path; the deepest existing parent when it is missing. */
function rangeAt(doc: Document, path: FieldPath, wantKey: boolean): number | undefined {
  let node: unknown = doc.contents;
  let keyNode: YamlNode | undefined;
  let offset = (node as YamlNode | null)?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return keyNode && !wantKey ? (keyNode.range?.[0] ?? offset) : offset;
      keyNode = pair.key as YamlNode;
      node = pair.value;
      offset = (pair.value as YamlNode | null)?.range?.[0] ?? keyNode.range?.[0];
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      keyNode = undefined;
      node = node.items[segment];
      offset = (node as YamlNode).range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  if (wantKey && keyNode?.range) return keyNode.range[0];
  return offset;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each field may appear once: remove or rename one of them';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: list items and nested fields line up under their parent';
    case 'TAG_RESOLVE_FAILED':
      return 'remove the `!tag`: only plain YAML values are allowed';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'put quotes around a value that contains a colon followed by a space; if there is none, check the indentation of the next lines (the fields of one entry line up under each other)';
    default:
      return 'check the YAML syntax here: indentation, quotes and `key: value` pairs';
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** An issue at a frontmatter field of a file. */
export function issueAt(parsed: ParsedFile, path: FieldPath, message: string, hint: string, atKey = false): ContentIssue {
  const { line, column } = path.length === 0 ? { line: 1, column: 1 } : parsed.locate(path, { key: atKey });
  return { file: parsed.file, line, column, field: formatFieldPath(path), message, hint };
}
