// Atom (RFC 4287) written as text: a feed and its entries, escaped for XML. Knows nothing of the dataset;
// src/site/feeds.ts says what goes in each feed.

/** Characters XML 1.0 does not allow in a document at all, not even escaped (controls, lone surrogates, U+FFFE/FFFF). */
const forbiddenInXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as XML character data or an attribute value: the five predefined entities escaped, and characters
 * XML 1.0 forbids dropped. Content validation already refuses control characters; this is the last guard,
 * so a feed is never left unparseable by one stray character.
 */
export function escapeXml(text: string): string {
  return text.replace(forbiddenInXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A day (`yyyy-MM-dd`) as an RFC 3339 date-time, as Atom requires: the start of that day in UTC. */
export function atomDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day: ${day}`);
  return `${day}T00:00:00Z`;
}

export interface AtomEntry {
  /** A permanent IRI: a feed reader knows the entry by it, and shows it as new when it changes. */
  id: string;
  title: string;
  /** The last day the entry changed in a way a reader should see (`yyyy-MM-dd`). */
  updated: string;
  /** The page the entry is about (absolute URL). */
  link: string;
  /** One line of plain text. */
  summary: string;
  /** The entry as HTML (escaped again here, as `type="html"` requires). */
  contentHtml: string;
}

export interface AtomFeed {
  /** A permanent IRI for the feed. */
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (absolute URL). */
  self: string;
  /** The page that shows what the feed carries (absolute URL). */
  alternate: string;
  /** The last day anything in the feed changed (`yyyy-MM-dd`). */
  updated: string;
  author: { name: string; uri: string };
  entries: readonly AtomEntry[];
}

/** The feed as an Atom document. Nothing in it depends on when it is written: unchanged content gives the same bytes. */
export function atomXml(feed: AtomFeed): string {
  const text = (tag: string, value: string, type?: 'html') => `<${tag}${type ? ` type="${type}"` : ''}>${escapeXml(value)}</${tag}>`;
  const link = (rel: string, href: string, type?: string) => `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    ${text('id', entry.id)}`,
      `    ${text('title', entry.title)}`,
      `    ${text('updated', atomDate(entry.updated))}`,
      `    ${link('alternate', entry.link, 'text/html')}`,
      `    ${text('summary', entry.summary)}`,
      `    ${text('content', entry.contentHtml, 'html')}`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${text('id', feed.id)}`,
    `  ${text('title', feed.title)}`,
    `  ${text('subtitle', feed.subtitle)}`,
    `  ${text('updated', atomDate(feed.updated))}`,
    `  ${link('self', feed.self, 'application/atom+xml')}`,
    `  ${link('alternate', feed.alternate, 'text/html')}`,
    `  <author>${text('name', feed.author.name)}${text('uri', feed.author.uri)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
