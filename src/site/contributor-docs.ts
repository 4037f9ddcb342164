// The contributor guide and the pull-request checklist as the repository holds them, rendered for the
// site's contribute pages: one text, read by contributors in the repository and by readers here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, List, Paragraph, RootContent } from 'mdast';
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

/** A repository document's title (its opening first-level heading, or the fallback) and the rest of it. */
function titledDocument(file: string, fallback: string): { title: string; body: RootContent[] } {
  const nodes = readRepositoryFile(file).children;
  const first = nodes[0];
  return first?.type === 'heading' && first.depth === 1 ? { title: toString(first), body: nodes.slice(1) } : { title: fallback, body: nodes };
}

/** Gives a heading the id its words make, so that pages can link to it, and returns it as a section. */
function sectionOf(heading: Heading): GuideSection {
  const title = toString(heading);
  const id = slugify(title);
  heading.data = { hProperties: { id } };
  return { id, title };
}

/** CONTRIBUTING.md without its title (the page has its own), with an id on every section heading. */
function contributorGuide(): { title: string; sections: GuideSection[]; html: string } {
  const { title, body } = titledDocument('CONTRIBUTING.md', 'Contributing');
  const sections: GuideSection[] = [];
  const children: RootContent[] = [];
  for (const node of body) {
    if (node.type === 'heading' && node.depth <= 3) {
      const section = sectionOf(node);
      if (node.depth === 2) {
        // A long page on a phone: each section ends with the way back to the list of sections.
        if (sections.length > 0) children.push(backToSections());
        sections.push(section);
      }
    }
    children.push(node);
  }
  children.push(backToSections());
  // Commands and YAML keep their lines (a wrapped line would read as a new one) and scroll sideways
  // instead; a scrolling block must be reachable by keyboard.
  const html = renderMarkdown({ type: 'root', children }).replaceAll('<pre>', '<pre tabindex="0">');
  return { title, sections, html };
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
  const { title, body } = titledDocument('ABOUT.md', 'About');
  const sections = body.filter((node): node is Heading => node.type === 'heading' && node.depth === 2).map(sectionOf);
  return { title, sections, html: renderMarkdown({ type: 'root', children: body }) };
}

export const guide = contributorGuide();
export const about = aboutPage();
export const checklistHtml = pullRequestChecklist();
