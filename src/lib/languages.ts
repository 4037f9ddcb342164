import { memoized } from './memo.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a well-formed BCP 47 tag whose language Intl knows (`en`, `fa`, `az-Latn`). Asked once per tag. */
export const isLanguageTag = memoized((tag: string): boolean => {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    const language = new Intl.Locale(canonical!).language;
    return languageNames.of(language) !== undefined && language !== 'und';
  } catch {
    return false;
  }
});

/** English name of a language tag (`fa` → `Persian`). */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Whether text in this language is written right to left (for the `dir` attribute). */
export const isRightToLeft = memoized((tag: string): boolean => {
  try {
    const locale = new Intl.Locale(tag).maximize() as Intl.Locale & { getTextInfo?: () => { direction: string } };
    return locale.getTextInfo?.().direction === 'rtl';
  } catch {
    return false;
  }
});

/** The `lang` attribute for text in a language: none for English, the pages' own language (`en`, `en-GB`). */
export function langAttribute(tag: string): string | undefined {
  return tag === 'en' || tag.startsWith('en-') ? undefined : tag;
}
