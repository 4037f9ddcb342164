import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// remark-rehype already prefixes footnote ids with `user-content-`; a second prefix would break them.
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

const htmlRenderer = unified().use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify);

/** Contributed Markdown as safe HTML: raw HTML dropped, then sanitized with GitHub's rules. */
export function renderMarkdown(body: MdastRoot): string {
  const tree = htmlRenderer.runSync(structuredClone(body));
  return htmlRenderer.stringify(tree);
}
