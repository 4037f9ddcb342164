// Limits a content file must keep before it is parsed, checked by a scan that takes time in proportion to
// the file: the YAML and Markdown parsers take time or stack out of proportion to some inputs (measured:
// 20,000 `*_` in one paragraph ran 118 s; 5,000 `>` or 20,000 `[` overflowed the stack; a list nested
// 2,000 deep ran for minutes), and one pull request must not stall every build. A file over a limit is
// reported at the place it goes over, and is not parsed. Real articles stay far inside every limit.

/** The limits, each with what it bounds. */
export const contentLimits = {
  /** Largest content file, in bytes: an article holds the excerpts its statements rely on, not whole archives. */
  fileBytes: 256 * 1024,
  /** Most block quotes and list markers (`>`, `-`, `1.`) opening one line of the body. */
  markersPerLine: 12,
  /** Widest indentation, in columns (a tab counts 4), of a line of the body or the frontmatter. */
  indentColumns: 64,
  /** Most emphasis and bracket characters (`*`, `_`, `~`, `[`, `]`) in one paragraph of the body. */
  delimitersPerParagraph: 500,
  /** Deepest nesting of `[` and `{` in the frontmatter. */
  frontmatterBrackets: 32,
} as const;

/** Where a file goes over a limit, and which. */
export interface LimitBreach {
  /** Which limit it goes over. */
  limit: keyof typeof contentLimits;
  line: number;
  column: number;
  message: string;
  hint: string;
}

const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** Columns of leading whitespace, and where the text starts. */
function indentation(line: string): { columns: number; end: number } {
  let columns = 0;
  let end = 0;
  for (; end < line.length; end++) {
    if (line[end] === ' ') columns += 1;
    else if (line[end] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, end };
}

/**
 * The first place each limit is broken, in a file's lines (`closing` is the index of the frontmatter's
 * closing `---`, or -1 when there is none). Each limit is reported once, at its first breach.
 */
export function limitBreaches(text: string, lines: readonly string[], closing: number): LimitBreach[] {
  const breaches: LimitBreach[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > contentLimits.fileBytes) {
    breaches.push({
      limit: 'fileBytes',
      line: 1,
      column: 1,
      message: `is ${Math.ceil(bytes / 1024)} KB, over the limit of ${contentLimits.fileBytes / 1024} KB a content file`,
      hint: 'keep the passages the statements rely on, not the whole article; split a long record into several files',
    });
    return breaches; // the file is not scanned further: its size alone stops it
  }
  const found = new Set<keyof typeof contentLimits>();
  const add = (limit: keyof typeof contentLimits, breach: Omit<LimitBreach, 'limit'>) => {
    if (found.has(limit)) return;
    found.add(limit);
    breaches.push({ limit, ...breach });
  };

  // The frontmatter: brackets nested too deep, lines indented too far.
  const frontmatterEnd = closing === -1 ? 0 : closing;
  let depth = 0;
  for (let index = 1; index < frontmatterEnd; index++) {
    const line = lines[index]!;
    if (indentation(line).columns > contentLimits.indentColumns)
      add('indentColumns', {
        line: index + 1,
        column: 1,
        message: `is indented more than ${contentLimits.indentColumns} columns`,
        hint: 'no field of the frontmatter nests this deep: check the indentation',
      });
    for (let column = 0; column < line.length; column++) {
      const character = line[column];
      if (character === '[' || character === '{') depth += 1;
      else if ((character === ']' || character === '}') && depth > 0) depth -= 1;
      if (depth > contentLimits.frontmatterBrackets)
        add('frontmatterBrackets', {
          line: index + 1,
          column: column + 1,
          message: `nests brackets more than ${contentLimits.frontmatterBrackets} deep`,
          hint: 'no field of the frontmatter nests lists this deep: close the brackets, or quote text that contains them',
        });
    }
  }

  // The body: markers opening a line, indentation, delimiters in a paragraph.
  let delimiters = 0;
  for (let index = frontmatterEnd + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') {
      delimiters = 0;
      continue;
    }
    const { columns, end } = indentation(line);
    if (columns > contentLimits.indentColumns)
      add('indentColumns', {
        line: index + 1,
        column: 1,
        message: `is indented more than ${contentLimits.indentColumns} columns`,
        hint: 'nest lists and quotes a few levels at most',
      });
    let markers = 0;
    let rest = line.slice(end);
    let column = end;
    for (;;) {
      const marker = rest.startsWith('>') ? '>' : listMarker.exec(rest)?.[0];
      if (marker === undefined) break;
      markers += 1;
      if (markers > contentLimits.markersPerLine) {
        add('markersPerLine', {
          line: index + 1,
          column: column + 1,
          message: `opens more than ${contentLimits.markersPerLine} block quotes or lists on one line`,
          hint: 'nest quotes and lists a few levels at most',
        });
        break;
      }
      const skipped = indentation(rest.slice(marker.length));
      column += marker.length + skipped.end;
      rest = rest.slice(marker.length + skipped.end);
    }
    for (let at = 0; at < line.length; at++) {
      const character = line[at];
      if (character !== '*' && character !== '_' && character !== '~' && character !== '[' && character !== ']') continue;
      delimiters += 1;
      if (delimiters > contentLimits.delimitersPerParagraph) {
        add('delimitersPerParagraph', {
          line: index + 1,
          column: at + 1,
          message: `has more than ${contentLimits.delimitersPerParagraph} of the characters * _ ~ [ ] in one paragraph`,
          hint: 'break the paragraph up, or write out the text without the markup',
        });
        break;
      }
    }
  }
  return breaches;
}
