// Letter forms that spell one word in Arabic script: Arabic and Persian yeh and kaf, teh marbuta,
// alef with hamza or madda, short-vowel marks, tatweel, and the zero-width joiners Persian uses
// inside words. Folding them at index and at query time lets either spelling find the other.
// No dependency: it runs in the browser on every query.

const letterForms: Record<string, string> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی Persian yeh
  '\u0649': '\u06CC', // ى alef maksura
  '\u0626': '\u06CC', // ئ yeh with hamza
  '\u0643': '\u06A9', // ك Arabic kaf → ک Persian kaf
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06C0': '\u0647', // ۀ heh with yeh
  '\u0623': '\u0627', // أ alef with hamza above → ا
  '\u0625': '\u0627', // إ alef with hamza below
  '\u0622': '\u0627', // آ alef with madda
  '\u0671': '\u0627', // ٱ alef wasla
  '\u0624': '\u0648', // ؤ waw with hamza → و
};

// Harakat and Quranic marks, superscript alef, tatweel, zero-width non-joiner and joiner, Hebrew points.
const marks = /[\u064B-\u065F]|\u0670|[\u06D6-\u06ED]|\u0640|\u200C|\u200D|[\u0591-\u05C7]/g;
const arabicScript = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const digits: Record<string, string> = Object.fromEntries([...'٠١٢٣٤٥٦٧٨٩', ...'۰۱۲۳۴۵۶۷۸۹'].map((digit, index) => [digit, String(index % 10)]));

/** A word or text with Arabic-script letter variants folded to one form (NFKC first, for presentation forms). */
export function foldArabicScript(text: string): string {
  return text
    .normalize('NFKC')
    .replace(marks, '')
    .replace(/[\u0600-\u06FF]/g, (letter) => letterForms[letter] ?? digits[letter] ?? letter);
}

/** The words of some texts whose folded form differs from how they are written: what to add to the index. */
export function foldedVariants(texts: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/[\s.,;:!?؟،؛«»“”"'()[\]]+/)) {
      if (!arabicScript.test(word) && !/[\u0591-\u05C7]/.test(word)) continue;
      const folded = foldArabicScript(word);
      if (folded !== word && folded !== '') variants.add(folded);
    }
  }
  return [...variants];
}
