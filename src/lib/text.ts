import { memoized } from './memo.ts';

/**
 * Compares text as readers see it: typographic quotes, dashes and runs of white space do not matter.
 * Worked out once per text: every check of the content (again after each edit, in the dev server) asks
 * it of every quote and every article's body; what it keeps is about the size of those texts.
 */
export const normaliseForQuote: (text: string) => string = memoized((text) =>
  text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** Text cut to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Words cut to at most `max` characters at a word's end where one is near, with an ellipsis when cut. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace >= max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Where a quote stops matching a text (both normalised): the longest run of its opening words found
 * in the text, the quote's next word, and the text's word at that place when that place is certain.
 * Undefined when it matches.
 */
export function firstDifference(quote: string, text: string): { matched: string; quoted: string; found: string | undefined } | undefined {
  if (text.includes(quote)) return undefined;
  const words = quote.split(' ');
  let matchedCount = 0;
  while (matchedCount < words.length && text.includes(words.slice(0, matchedCount + 1).join(' '))) matchedCount += 1;
  const matched = words.slice(0, matchedCount).join(' ');
  const at = matchedCount === 0 ? -1 : text.indexOf(matched);
  // The text's word there is only known when the matched words occur once (a lone "He" may be anywhere).
  const unique = at !== -1 && at === text.lastIndexOf(matched);
  const found = unique
    ? text
        .slice(at + matched.length)
        .trimStart()
        .split(' ')[0] || undefined
    : undefined;
  return { matched, quoted: words[matchedCount]!, found };
}

const englishPlurals = new Intl.PluralRules('en');
const englishNumbers = new Intl.NumberFormat('en');

/** A count with its noun, singular or plural by the language's rules, the number as the site writes numbers: `1 statement`, `10,061 articles`. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${englishNumbers.format(count)} ${englishPlurals.select(count) === 'one' ? noun : plural}`;
}

/**
 * A value as JSON to stand inside an HTML `<script>` data block: `<` written `\u003c`, so no text in it
 * (`</script>`, `<!--`) can end the block; the JSON means the same.
 */
export function jsonInHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
