// How statements and articles are named in titles, meta tags, search results and lists. Quotation marks
// go only around words the speaker said, as the article gives them (verbatim, or quoted in translation);
// a paraphrase reads as reported speech, credited to the outlet whose words it is.
import type { StatementForm } from '../schemas/statement.ts';
import { truncateWords } from '../lib/text.ts';

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
