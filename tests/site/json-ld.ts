// The schema.org JSON-LD blocks of a built page, as written and as parsed. A block's text holds no `<`
// (the site writes it `\u003c`), so the first `</script>` ends it; a block broken out of would not parse.
const blockPattern = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;

export interface JsonLdBlock {
  /** The text between the tags, as written. */
  raw: string;
  data: unknown;
}

/** Every JSON-LD block of a page's HTML, parsed; throws on one that is not JSON. */
export function jsonLdBlocks(html: string): JsonLdBlock[] {
  return [...html.matchAll(blockPattern)].map((match) => ({ raw: match[1]!, data: JSON.parse(match[1]!) as unknown }));
}

/** How many JSON-LD blocks a page opens, however written: to compare with those that parsed. */
export function jsonLdOpenings(html: string): number {
  return (html.match(/<script\b[^>]*type=["']?application\/ld\+json/gi) ?? []).length;
}

/** Every string in a JSON value, with its path (`.itemReviewed.name`). */
export function jsonStrings(value: unknown, where = ''): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => jsonStrings(item, `${where}[${index}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => jsonStrings(item, `${where}.${key}`));
  return [];
}
