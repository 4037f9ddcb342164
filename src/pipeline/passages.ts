import type { Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import type { StatementData } from '../schemas/statement.ts';
import { normaliseForQuote } from '../lib/text.ts';
import { readableText } from './mdast-text.ts';

/**
 * Gives the body's paragraphs ids (`p1`, `p2`, …) and finds, for each statement, the paragraph its
 * quote or passage stands in, so the article page can link a statement to its source text.
 */
export function anchorPassages(body: MdastRoot, statements: readonly StatementData[]): { body: MdastRoot; anchors: Map<string, string> } {
  const anchored = structuredClone(body);
  const paragraphs: { id: string; text: string }[] = [];
  visit(anchored, 'paragraph', (paragraph) => {
    const id = `p${paragraphs.length + 1}`;
    paragraph.data = { ...paragraph.data, hProperties: { ...paragraph.data?.hProperties, id } };
    paragraphs.push({ id, text: normaliseForQuote(readableText(paragraph)) });
  });
  const anchors = new Map<string, string>();
  for (const statement of statements) {
    const wanted = normaliseForQuote(statement.passage ?? (statement.form === 'paraphrase' ? '' : statement.text));
    if (wanted === '') continue;
    // A passage may run over several paragraphs: then its first paragraph holds its opening words.
    const opening = wanted.slice(0, 60);
    const found = paragraphs.find((paragraph) => paragraph.text.includes(wanted)) ?? paragraphs.find((paragraph) => paragraph.text.includes(opening));
    if (found) anchors.set(statement.id, found.id);
  }
  return { body: anchored, anchors };
}
