import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { contributedLinkRel } from '../lib/outbound.ts';

/** Marks every link that leaves the site (after sanitizing, which would drop the attribute). */
function markOutboundLinks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && /^https?:/i.test(node.properties.href))
        node.properties.rel = contributedLinkRel.split(' ');
    });
  };
}

// remark-rehype already prefixes footnote ids with `user-content-`; a second prefix would break them.
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

const htmlRenderer = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(markOutboundLinks).use(rehypeStringify);

/** Contributed Markdown as safe HTML: raw HTML dropped, then sanitized with GitHub's rules. */
export function renderMarkdown(body: MdastRoot): string {
  const tree = htmlRenderer.runSync(structuredClone(body));
  return htmlRenderer.stringify(tree);
}

/** Contributed Markdown as HTML, rendered when a page first reads it (then kept): checking the content never needs it. */
export function htmlWhenRead(parsed: { readonly body: MdastRoot }): () => string {
  let html: string | undefined;
  return () => (html ??= renderMarkdown(parsed.body));
}
