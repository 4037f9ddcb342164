// One word, several spellings: Arabic and Persian letter forms fold to one, and names typed in another
// alphabet are read as the names they spell.
import anyAscii from 'any-ascii';
import { describe, expect, it } from 'vitest';
import { foldArabicScript, foldedVariants } from '../../src/lib/fold.ts';
import { nearestName, queryInLatinLetters, skeleton, type NameEntry } from '../../src/lib/transliterate.ts';

describe('foldArabicScript', () => {
  it('folds Arabic and Persian yeh and kaf, teh marbuta, alef forms, diacritics, tatweel and zero-width joiners', () => {
    expect(foldArabicScript('علي')).toBe(foldArabicScript('علی'));
    expect(foldArabicScript('كرمان')).toBe('کرمان');
    expect(foldArabicScript('مدرسة')).toBe('مدرسه');
    expect(foldArabicScript('أحمد')).toBe('احمد');
    expect(foldArabicScript('إيران')).toBe('ایران');
    expect(foldArabicScript('مُحَمَّد')).toBe('محمد');
    expect(foldArabicScript('عـــلی')).toBe('علی');
    expect(foldArabicScript('می‌گوید')).toBe('میگوید');
    expect(foldArabicScript('۱۴۰۴')).toBe('1404');
    // Presentation forms (as some PDFs and old sites give them) become ordinary letters.
    expect(foldArabicScript('\uFEE3\uFEE0\uFEF2')).toBe(foldArabicScript('ملي'));
    expect(foldArabicScript('Aliyev')).toBe('Aliyev');
  });

  it('lists only the words whose folded spelling differs, for the index', () => {
    expect(foldedVariants(['داريوش نمودار', 'Aliyev', 'درباره رزمایش'])).toEqual(['داریوش']);
  });
});

describe('names typed in another alphabet', () => {
  const names: NameEntry[] = ['Ilham', 'Aliyev', 'Aliev', 'Masoud', 'Pezeshkian', 'Abbas', 'Araghchi', 'Azerbaijan', 'Iran'].map((name) => [
    name,
    skeleton(name),
  ]);
  // The browser's table is any-ascii's, character by character; the same function gives it here.
  const table = new Proxy<Record<string, string>>({}, { get: (_, character: string) => anyAscii(character) });

  it('finds Ilham Aliyev from Cyrillic, from Azerbaijani Latin and from Greek', () => {
    // Aliyev and Aliev are one skeleton: either is a name the index holds.
    expect(queryInLatinLetters('Ильхам Алиев', table, names)).toMatch(/^Ilham Aliy?ev$/);
    expect(queryInLatinLetters('İlham Əliyev', table, names)).toBe('Ilham Aliyev');
    expect(nearestName('Αλίεφ', table, names)).toMatch(/^Aliy?ev$/);
    expect(nearestName('Пезешкиан', table, names)).toBe('Pezeshkian');
    expect(nearestName('Аракчи', table, names)).toBe('Araghchi');
  });

  it('leaves words alone that spell no known name, and Latin words as they are', () => {
    expect(queryInLatinLetters('заявление', table, names)).toBeUndefined();
    expect(queryInLatinLetters('Aliyev territory', table, names)).toBeUndefined();
    expect(queryInLatinLetters('Иран территория', table, names)).toBe('Iran территория');
  });

  it('compares names by what spellings agree on', () => {
    expect(skeleton('Il’kham')).toBe(skeleton('Ilham'));
    expect(skeleton('Aliyev')).toBe(skeleton('Aliev'));
  });
});
