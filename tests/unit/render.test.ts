// Contributed Markdown as HTML: GFM renders, footnote ids work, and no payload gets script into a page.
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/pipeline/parse.ts';
import { renderMarkdown } from '../../src/pipeline/render.ts';
import { xssCorpus } from '../xss-corpus.ts';

/** Renders a Markdown body the way the site does: parsed as a content file, then rendered. */
function render(body: string): string {
  const { parsed, issues } = parseContentFile('content/claims/test.md', 'claim', `---\nproposition: Test.\n---\n${body}\n`);
  // A payload over the content limits (a JSFuck line has thousands of brackets) is refused before it is
  // parsed (src/pipeline/limits.ts): nothing of it reaches a page.
  if (!parsed && issues.some((issue) => /^has more than \d+ of the characters/.test(issue.message))) return '';
  if (!parsed) throw new Error('the frontmatter did not parse');
  return renderMarkdown(parsed.body);
}

function elements(html: string): Element[] {
  const tree: HastRoot = fromHtml(html, { fragment: true });
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

describe('GitHub-flavoured Markdown', () => {
  it('renders a table with its alignment', () => {
    const html = render('| Who | Said |\n| :-- | --: |\n| Aliyev | *No* threat |');
    const table = elements(html).find((element) => element.tagName === 'table')!;
    expect(table).toBeDefined();
    const cells = elements(html).filter((element) => element.tagName === 'th' || element.tagName === 'td');
    expect(cells.map((cell) => [cell.tagName, cell.properties.align])).toEqual([
      ['th', 'left'],
      ['th', 'right'],
      ['td', 'left'],
      ['td', 'right'],
    ]);
    expect(html).toContain('<td align="right"><em>No</em> threat</td>');
  });

  it('renders strikethrough, task lists and autolinked addresses', () => {
    const html = render('~~old~~ see www.example.com\n\n- [x] done\n- [ ] to do');
    expect(html).toContain('<del>old</del>');
    // A link out of the site is marked: no endorsement, user content, no opener.
    expect(html).toContain('<a href="http://www.example.com" rel="nofollow ugc noopener">www.example.com</a>');
    const boxes = elements(html).filter((element) => element.tagName === 'input');
    expect(boxes.map((box) => [box.properties.type, Boolean(box.properties.checked), Boolean(box.properties.disabled)])).toEqual([
      ['checkbox', true, true],
      ['checkbox', false, true],
    ]);
  });

  it('renders footnotes whose ids are prefixed once, and whose links reach them', () => {
    const html = render('A claim.[^1] Another.[^note]\n\n[^1]: First source.\n\n[^note]: Second source.');
    expect(html).not.toContain('user-content-user-content-');
    const all = elements(html);
    const ids = all.map((element) => element.properties.id).filter((id): id is string => typeof id === 'string');
    expect(ids).toEqual(expect.arrayContaining(['user-content-fnref-1', 'user-content-fn-1', 'user-content-fnref-note', 'user-content-fn-note']));
    // Every in-page link points at an id on the page, both ways.
    const anchors = all.filter((element) => element.tagName === 'a' && String(element.properties.href).startsWith('#'));
    expect(anchors.map((anchor) => anchor.properties.href)).toEqual([
      '#user-content-fn-1',
      '#user-content-fn-note',
      '#user-content-fnref-1',
      '#user-content-fnref-note',
    ]);
    for (const anchor of anchors) expect(ids).toContain(String(anchor.properties.href).slice(1));
    // The footnote section is labelled by a heading that exists.
    const section = all.find((element) => element.tagName === 'section')!;
    expect(section.properties).toHaveProperty('dataFootnotes');
    const describedBy = all.find((element) => element.properties.ariaDescribedBy !== undefined)!.properties.ariaDescribedBy as string[];
    for (const id of describedBy) expect(ids).toContain(id);
  });

  it('drops raw HTML and unsafe link targets but keeps the text around them', () => {
    const html = render('Before <b onclick="alert(1)">bold</b> after.\n\n[click](javascript:alert(1)) and ![img](data:image/gif;base64,R0lGODlh)');
    expect(html).toContain('Before');
    expect(html).toContain('after.');
    expect(html).not.toContain('<b');
    expect(html).not.toMatch(/onclick/i);
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('<a>click</a>');
  });
});

// ---------------------------------------------------------------------------------------------
// XSS corpus: payloads from markdown-it, DOMPurify, PayloadsAllTheThings and the Big List of Naughty Strings (tests/fixtures/xss/).

const corpus = xssCorpus;

/** Each payload as a body, and (one-line payloads) as a link target, an image source and a footnote. */
function variants(payload: string): string[] {
  const bodies = [payload, `Some text before.\n\n> ${payload}\n\n- ${payload}`];
  if (!payload.includes('\n')) {
    bodies.push(`[link](${payload})`, `[link](<${payload}>)`, `![image](${payload})`, `[ref][r]\n\n[r]: ${payload}`, `Text.[^1]\n\n[^1]: ${payload}`);
  }
  return bodies;
}

const dangerousElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'button',
  'textarea',
  'select',
  'option',
  'svg',
  'math',
  'template',
  'noscript',
  'video',
  'audio',
  'source',
  'marquee',
  'isindex',
  'xmp',
  'plaintext',
]);
// Attributes a browser loads or navigates to.
const urlAttributes = new Set([
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'xLinkHref',
  'poster',
  'background',
  'cite',
  'data',
  'codeBase',
  'longDesc',
  'ping',
  'manifest',
  'icon',
  'lowsrc',
  'dynsrc',
]);
const safeSchemes = new Set(['http', 'https', 'mailto', 'xmpp', 'irc', 'ircs']);

/** Problems of the rendered HTML, as found by parsing it the way a browser would. */
function problemsIn(html: string): string[] {
  const problems: string[] = [];
  for (const element of elements(html)) {
    if (dangerousElements.has(element.tagName)) problems.push(`<${element.tagName}> element`);
    if (element.tagName === 'input' && element.properties.type !== 'checkbox') problems.push(`<input type=${String(element.properties.type)}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`event attribute ${name}`);
      if (name === 'style') problems.push('style attribute');
      if (name === 'id' || name === 'name') {
        // No DOM clobbering: every id comes from a footnote, with the user-content- prefix.
        const id = String(value);
        if (!id.startsWith('user-content-') && id !== 'footnote-label') problems.push(`unprefixed ${name}="${id}"`);
      }
      if (urlAttributes.has(name)) {
        for (const url of Array.isArray(value) ? value : [value]) {
          // Browsers ignore control characters and white space inside a scheme (`java\tscript:`).
          // eslint-disable-next-line no-control-regex -- the control characters are what this test strips
          const squeezed = String(url).replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
          if (scheme !== undefined && !safeSchemes.has(scheme)) problems.push(`${name}="${String(url)}"`);
        }
      }
    }
  }
  // The same on the raw text: text is escaped (`&#x3C;`), so a `<` here always opens a tag.
  if (/<(script|iframe|object|embed|style)\b/i.test(html)) problems.push('dangerous tag in the raw HTML');
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`event attribute in ${tag}`);
    if (/\s(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(tag)) problems.push(`unsafe URL in ${tag}`);
  }
  return problems;
}

describe('the XSS corpus', () => {
  it('has a few hundred payloads from every source', () => {
    for (const { name, payloads } of corpus) expect(payloads.length, name).toBeGreaterThan(10);
    expect(corpus.reduce((sum, { payloads }) => sum + payloads.length, 0)).toBeGreaterThan(400);
  });

  it('finds what it looks for (the checker is not blind)', () => {
    expect(problemsIn('<p><script>alert(1)</script></p>')).not.toEqual([]);
    expect(problemsIn('<img src="x" onerror="alert(1)">')).not.toEqual([]);
    expect(problemsIn('<a href="java\tscript:alert(1)">x</a>')).not.toEqual([]);
    expect(problemsIn('<a href=" JAVASCRIPT:alert(1)">x</a>')).not.toEqual([]);
    expect(problemsIn('<img src="data:image/svg+xml;base64,AAAA">')).not.toEqual([]);
    expect(problemsIn('<iframe srcdoc="x"></iframe>')).not.toEqual([]);
    expect(problemsIn('<p id="location">x</p>')).not.toEqual([]);
    expect(problemsIn('<p>&#x3C;script>alert(1)&#x3C;/script> onerror=alert(1) javascript:alert(1)</p>')).toEqual([]);
  });

  for (const { name, payloads } of corpus) {
    it(`renders no script, event handler, unsafe URL or embedded content from ${name}`, () => {
      const failures: string[] = [];
      for (const payload of payloads) {
        for (const body of variants(payload)) {
          const problems = problemsIn(render(body));
          if (problems.length > 0) failures.push(`${JSON.stringify(body)}: ${problems.join(', ')}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('reports the payloads to the contributor too: raw HTML and unsafe links are content errors', () => {
    const issuesOf = (body: string) => parseContentFile('content/claims/test.md', 'claim', `---\nproposition: Test.\n---\n${body}\n`).issues;
    expect(issuesOf("<script>alert('XSS')</script>").map((issue) => issue.message)).toEqual([`raw HTML is not allowed: "<script>alert('XSS')</script>"`]);
    expect(issuesOf('[xss link](JAVASCRIPT:alert(1))').map((issue) => issue.message)).toEqual([
      'link target "JAVASCRIPT:alert(1)" is not an http(s) or mailto: URL',
    ]);
    expect(issuesOf('<img src=x onerror=alert(1)>')).toHaveLength(1);
  });
});
