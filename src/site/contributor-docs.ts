// The contributor guide and the pull-request checklist as the repository holds them, rendered for the
// site's contribute pages: one text, read by contributors in the repository and by readers here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownParser } from '../pipeline/parse.ts';
import { renderMarkdown } from '../pipeline/render.ts';
import { slugify } from '../lib/slug.ts';

const readRepositoryFile = (file: string) => markdownParser.parse(readFileSync(path.resolve(process.cwd(), file), 'utf8'));

/** A section of the guide, for its table of contents. */
export interface GuideSection {
  id: string;
  title: string;
}

/** The id of the guide's list of sections, which every section links back to. */
export const sectionsId = 'sections';

const backToSections = (): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'link', url: `#${sectionsId}`, children: [{ type: 'text', value: 'Back to the sections of the guide' }] }],
});

/** CONTRIBUTING.md without its title (the page has its own), with an id on every section heading. */
function contributorGuide(): { title: string; sections: GuideSection[]; html: string } {
  const nodes = readRepositoryFile('CONTRIBUTING.md').children;
  const first = nodes[0];
  const hasTitle = first?.type === 'heading' && first.depth === 1;
  const sections: GuideSection[] = [];
  const children: RootContent[] = [];
  for (const node of hasTitle ? nodes.slice(1) : nodes) {
    if (node.type === 'heading' && node.depth <= 3) {
      const title = toString(node);
      const id = slugify(title);
      node.data = { hProperties: { id } };
      if (node.depth === 2) {
        // A long page on a phone: each section ends with the way back to the list of sections.
        if (sections.length > 0) children.push(backToSections());
        sections.push({ id, title });
      }
    }
    children.push(node);
  }
  children.push(backToSections());
  // Commands and YAML keep their lines (a wrapped line would read as a new one) and scroll sideways
  // instead; a scrolling block must be reachable by keyboard.
  const html = renderMarkdown({ type: 'root', children }).replaceAll('<pre>', '<pre tabindex="0">');
  return { title: hasTitle ? toString(first) : 'Contributing', sections, html };
}

/** The checklist of the pull-request template, as a plain list (on the site there is nothing to tick). */
function pullRequestChecklist(): string {
  const tree = readRepositoryFile('.github/PULL_REQUEST_TEMPLATE.md');
  const list = tree.children.find((node): node is List => node.type === 'list');
  if (!list) throw new Error('.github/PULL_REQUEST_TEMPLATE.md has no checklist');
  for (const item of list.children) item.checked = null;
  return renderMarkdown({ type: 'root', children: [list] });
}

/** ABOUT.md without its title, its sections given ids: who runs the site, how it is funded, how to reach the editors, how independence is kept. */
function aboutPage(): { title: string; sections: GuideSection[]; html: string } {
  const nodes = readRepositoryFile('ABOUT.md').children;
  const first = nodes[0];
  const hasTitle = first?.type === 'heading' && first.depth === 1;
  const sections: GuideSection[] = [];
  for (const node of nodes) {
    if (node.type !== 'heading' || node.depth !== 2) continue;
    const title = toString(node);
    const id = slugify(title);
    node.data = { hProperties: { id } };
    sections.push({ id, title });
  }
  const html = renderMarkdown({ type: 'root', children: hasTitle ? nodes.slice(1) : nodes });
  return { title: hasTitle ? toString(first) : 'About', sections, html };
}

export const guide = contributorGuide();
export const about = aboutPage();
export const checklistHtml = pullRequestChecklist();
