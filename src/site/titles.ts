// How statements and articles are named in titles, meta tags, search results and lists. Quotation marks
// go only around words the speaker said, as the article gives them (verbatim, or quoted in translation);
// a paraphrase reads as reported speech, credited to the outlet whose words it is.
import type { StatementForm } from '../schemas/statement.ts';
import type { Stance } from '../schemas/stance.ts';
import { countOf, truncateWords } from '../lib/text.ts';

/** True when the words are the speaker's own, as the article quotes them: they may stand in quotation marks. */
export function isQuotation(form: StatementForm): boolean {
  return form === 'verbatim' || form === 'translation';
}

/** `Ilham Aliyev: “…”`, or `Ilham Aliyev, as paraphrased by Tehran Times: …` — never a paraphrase in quotation marks. */
export function statementHeadline(words: { speaker: string; outlet: string; form: StatementForm; text: string }, max = 90): string {
  const text = truncateWords(words.text.replace(/\s+/g, ' ').trim(), max);
  if (!isQuotation(words.form)) return `${words.speaker}, as paraphrased by ${words.outlet}: ${text}`;
  return words.form === 'translation' ? `${words.speaker}, in translation: “${text}”` : `${words.speaker}: “${text}”`;
}

/** An article's headline, or what it is when the copy shows none: `Tehran Times article, 6 February 2026 (headline not recorded)`. */
export function articleTitle(article: { hasHeadline: boolean; headline: string; outlet: string; date: string }): string {
  return article.hasHeadline ? article.headline : `${article.outlet} article, ${article.date} (headline not recorded)`;
}

/**
 * What the speaker did toward the claim, before the claim's short form. In the past tense: a statement was
 * made at a time, and the verb then agrees with any speaker ("Iran's security agencies said …").
 */
const stanceVerbs: Record<Stance, string> = {
  asserts: 'asserted that',
  denies: 'denied that',
  'no-evidence': 'said they had seen no evidence that',
  other: 'on whether',
};

/** Words that start a sentence with a capital only because they start it. */
const sentenceStarters = new Set([
  'a',
  'an',
  'the',
  'there',
  'it',
  'its',
  'this',
  'these',
  'that',
  'those',
  'some',
  'no',
  'both',
  'all',
  'one',
  'two',
  'several',
  'many',
]);

/** The claim's short form to follow "that": its first word lowercased when it is capitalised only as the first word. */
export function claimClause(claim: { short: string; proposition: string }): string {
  const first = /^\p{Lu}[\p{Ll}'’-]*/u.exec(claim.short)?.[0];
  if (first === undefined) return claim.short;
  const lower = first.toLowerCase();
  const lowerInProposition = new RegExp(`(^|[^\\p{L}])${lower}([^\\p{L}]|$)`, 'u').test(claim.proposition);
  return sentenceStarters.has(lower) || lowerInProposition ? lower + claim.short.slice(first.length) : claim.short;
}

/**
 * A statement's heading, in our words: who took which stance on which claim (`Ilham Aliyev denied that
 * Azerbaijan lets Israel use its territory against Iran`). Built from the recorded stance and the claim, it
 * quotes no one; an uncertain stance reads "on whether". Without a claim, only who spoke.
 */
export function stanceHeadline(speaker: string, bearsOn: { claim: { short: string; proposition: string }; stance: Stance; uncertain: boolean }[]): string {
  const [first, ...others] = bearsOn;
  if (first === undefined) return `Statement by ${speaker}`;
  const verb = first.uncertain ? stanceVerbs.other : stanceVerbs[first.stance];
  const more = others.length === 0 ? '' : ` (and ${countOf(others.length, 'other claim')})`;
  return `${speaker} ${verb} ${claimClause(first.claim)}${more}`;
}
