import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** The text a reader sees in a Markdown node; a hard line break reads as a space, not as nothing. */
export function readableText(node: Nodes): string {
  const copy = structuredClone(node);
  visit(copy, 'break', (breakNode, index, parent) => {
    if (parent && index !== undefined)
      parent.children.splice(index, 1, { type: 'text', value: ' ', ...(breakNode.position ? { position: breakNode.position } : {}) } as never);
  });
  return toString(copy);
}
