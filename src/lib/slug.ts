/** An id from a name: lowercase ASCII words joined by hyphens (`Tehran Times` → `tehran-times`). Empty for non-Latin text. */
export function slugify(text: string): string {
  return (
    text
      // Letters that do not decompose to a Latin base: Turkish dotless i, Azerbaijani schwa.
      .replace(/ı/g, 'i')
      .replace(/[əƏ]/g, 'e')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}
