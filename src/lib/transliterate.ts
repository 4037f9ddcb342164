// Finding names typed in another alphabet: "Алиев" or "İlham Əliyev" for Ilham Aliyev. A query word
// in Cyrillic, Greek, Armenian, Georgian or Latin with diacritics is transliterated (with a table made
// from any-ascii at build time) and compared, by its skeleton, with the names the site knows.
// Transliteration alone does not reach the English spelling ("Aliev", "Il'kham"): the skeleton drops
// what spellings disagree on, and a small edit distance allows the rest. Runs in the browser.

/** Letters of alphabets other than basic Latin that can be transliterated (not Arabic script, not CJK). */
export const transliterable = /[\u00C0-\u024F\u0370-\u058F\u10A0-\u10FF\u1E00-\u1EFF]/;

/** Latin letters only, lower case, without what transliterations disagree on: apostrophes, kh/h, gh/g, sh/s, y/i, doubled letters. */
export function skeleton(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/sh/g, 's')
    .replace(/zh/g, 'j')
    .replace(/ch/g, 'c')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** A word in Latin letters, by the table (one entry per character that changes). */
export function transliterate(word: string, table: Readonly<Record<string, string>>): string {
  return [...word.normalize('NFC')].map((character) => table[character] ?? character).join('');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** A name of the site's vocabulary, with its skeleton computed at build time. */
export type NameEntry = [name: string, skeleton: string];

/** The known name nearest to a word, when one is near enough to be what was meant. */
export function nearestName(word: string, table: Readonly<Record<string, string>>, names: readonly NameEntry[]): string | undefined {
  const wanted = skeleton(transliterate(word, table));
  if (wanted.length < 3) return undefined;
  const allowed = wanted.length <= 4 ? 0 : wanted.length <= 7 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [name, nameSkeleton] of names) {
    if (Math.abs(nameSkeleton.length - wanted.length) > allowed) continue;
    const distance = editDistance(wanted, nameSkeleton);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return bestDistance <= allowed ? best : undefined;
}

/**
 * The query with each word in another alphabet replaced by the known name it spells ("Ильхам Алиев" →
 * "Ilham Aliyev"); undefined when no word is replaced.
 */
export function queryInLatinLetters(query: string, table: Readonly<Record<string, string>>, names: readonly NameEntry[]): string | undefined {
  let changed = false;
  const words = query.split(/\s+/).map((word) => {
    if (!transliterable.test(word)) return word;
    const name = nearestName(word, table, names);
    if (name === undefined) return word;
    changed = true;
    return name;
  });
  return changed ? words.join(' ') : undefined;
}
