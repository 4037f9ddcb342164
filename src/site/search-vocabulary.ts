// What the search page loads when a query has words in another alphabet: a transliteration table for
// the alphabets it handles, made from any-ascii (a maintained library, used at build time only), and
// the names the site knows, in Latin letters, with their skeletons. Both are small static files.
import anyAscii from 'any-ascii';
import { skeleton, transliterable, type NameEntry } from '../lib/transliterate.ts';
import { dataset } from './dataset.ts';

/** Each character of the transliterable alphabets that any-ascii writes differently, and how. */
export function transliterationTable(): Record<string, string> {
  const table: Record<string, string> = {};
  for (let codePoint = 0x00c0; codePoint <= 0x1eff; codePoint += 1) {
    const character = String.fromCodePoint(codePoint);
    if (!transliterable.test(character)) continue;
    const ascii = anyAscii(character);
    if (ascii !== character) table[character] = ascii;
  }
  return table;
}

/** Latin-letter words of the names of officials, outlets and countries, and of their aliases. */
export function nameVocabulary(): NameEntry[] {
  const names = [
    ...dataset.officials.flatMap((official) => [official.data.name, ...official.data.aliases]),
    ...dataset.sources.map((source) => source.data.name),
    ...dataset.countries.map((country) => country.name),
  ];
  const words = new Map<string, string>();
  for (const name of names) {
    for (const word of name.split(/[\s,()–-]+/)) {
      // A name written in another alphabet is matched through its transliteration, not offered as a word.
      if (word.length < 3 || !/^[\p{Script=Latin}'’]+$/u.test(word) || transliterable.test(word)) continue;
      if (!words.has(word)) words.set(word, skeleton(word));
    }
  }
  return [...words].sort(([a], [b]) => a.localeCompare(b));
}

/** A name or alias in another alphabet, in Latin letters, so a Latin query finds it too (`Ариф Тестов` → `Arif Testov`). */
export function latinSpelling(name: string): string | undefined {
  // Only alphabets with vowels: Arabic and Hebrew script drop short vowels, so their transliteration is noise.
  if (!transliterable.test(name)) return undefined;
  const latin = anyAscii(name);
  return latin.trim() === '' || latin === name ? undefined : latin;
}
