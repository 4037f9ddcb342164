import { memoized } from './memo.ts';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

// Codes Intl names that are not ISO 3166-1 countries: exceptionally reserved (EU, UN, UK…) and
// user-assigned ranges (AA, QM–QZ, XA–XZ, ZZ).
const notCountries = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'FX', 'IC', 'SU', 'TA', 'UK', 'UN']);
const userAssigned = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;

/** True for an upper-case ISO 3166-1 alpha-2 code of a country or territory (`AZ`, `IR`). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || notCountries.has(code) || userAssigned.test(code)) return false;
  return regionNames.of(code) !== undefined;
}

/** English name of a country from its ISO code, via Intl.DisplayNames (`AZ` → `Azerbaijan`). */
export function countryName(code: string): string {
  return regionNames.of(code.toUpperCase()) ?? code.toUpperCase();
}

/** A country's name in its own main language (`AZ` → `Azərbaycan`, `IR` → `ایران`), from Intl's likely-language data. */
export const nativeCountryName = memoized((code: string): string | undefined => {
  const language = new Intl.Locale(`und-${code.toUpperCase()}`).maximize().language;
  return new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code.toUpperCase());
});
