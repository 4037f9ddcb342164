// Characters that do not show, or that change how the text around them shows: control characters, bidi
// overrides and isolates (U+202E can make "gpj.exe" read "exe.jpg"), and zero-width characters. Each is
// refused in every field and in the body, with its code point and name, before parsing. Zero-width
// non-joiner and joiner are kept where a script needs them: between letters of Arabic-script (Persian:
// "علی‌اف") and Indic scripts, whose spelling uses them.

/** Scripts whose spelling uses U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER between letters. */
const joiningScripts =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Mongolian}]/u;

/** Names of the characters refused, as the Unicode standard gives them (others are "a control character"). */
const names: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Any character refused somewhere: C0 controls but tab and line feed, DEL, C1 controls, bidi controls, zero-width characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const suspect = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Most characters reported a file: a pasted run of them is one mistake, not hundreds. */
const mostReported = 10;

/** An invisible character where it has no place, and where it is. */
export interface InvisibleCharacter {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** A code point as Unicode writes it: `U+202E`. */
export const codePointLabel = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every refused character in the lines of a file (1-based line and column, as editors count them). */
export function invisibleCharacters(lines: readonly string[]): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  let more = 0;
  lines.forEach((line, index) => {
    for (const match of line.matchAll(suspect)) {
      const code = match[0].charCodeAt(0);
      if (code === 0x200c || code === 0x200d) {
        // The letters either side, as UTF-16 units: every script that joins is in the Basic Multilingual Plane.
        // (Spreading the line into code points here took time in the square of its length.)
        if (joiningScripts.test(line[match.index - 1] ?? '') && joiningScripts.test(line[match.index + 1] ?? '')) continue;
      }
      if (found.length === mostReported) {
        more += 1;
        continue;
      }
      const name = names[code] ?? 'a control character';
      const joiner = code === 0x200c || code === 0x200d;
      found.push({
        line: index + 1,
        column: match.index + 1,
        message: `has ${codePointLabel(code)} ${name}, an invisible character${joiner ? ' outside the scripts that need it' : ' that can disguise text'}`,
        hint: joiner
          ? 'delete it: it is kept only between letters of scripts that spell with it (Persian, Arabic, Indic)'
          : 'delete it (it often comes with text pasted from a web page or a chat)',
      });
    }
  });
  if (more > 0) {
    const last = found.at(-1)!;
    found[found.length - 1] = { ...last, message: `${last.message} (and ${more} more in this file)` };
  }
  return found;
}
