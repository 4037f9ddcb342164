/**
 * How to fix a value that breaks a rule, keyed by the `rule` each refinement carries in its params.
 * The validator prints them as hints (src/pipeline/error-map.ts); the editor shows them as the message
 * of a pattern that does not match (`editorPattern`).
 */
export const ruleHints: Record<string, string> = {
  id: 'use lowercase letters, digits and single hyphens, like `ilham-aliyev`',
  'date-format': 'write a date as `2026-02-06`, `2026-02` or `2026`, or `unknown` when the source does not say',
  'date-impossible': 'check the day and month: this date does not exist',
  'date-day': 'write the full day as `yyyy-MM-dd`, e.g. `2026-11-22`',
  'date-inferred-empty': 'give at least one of `date`, `notBefore` or `notAfter`, or write `unknown`',
  'date-range-order': 'check the bounds: `notBefore` comes first, `notAfter` last, and `date` between them',
  country: 'use an ISO 3166-1 alpha-2 code in capitals, such as `AZ`, `IR` or `IL`',
  language: 'use a BCP 47 tag such as `en`, `fa` or `az-Latn`',
  url: 'write the full address, starting with https://',
  'according-to-missing': 'say whose report the article relays, e.g. `accordingTo: Azerbaijani outlets`',
  'according-to-direct': 'remove `accordingTo`, or set `attribution: according-to`',
  'according-to-link': 'write `{ outlet: <id> }` or `{ official: <id> }`, or the words of the article (`Azerbaijani outlets`)',
  'claims-empty': 'name the claim it bears on with its stance; a remark that bears on no tracked claim can be kept only as part of an event (`event: <id>`)',
  'name-unknown': 'write the name as its own pages give it (for a site that shows none, its domain); a speaker the reports do not name is `kind: unnamed`, with their description as `name`',
  'statements-empty': 'add the statements the article carries, or name the event it gives an account of with `events: [<id>]`',
  'country-basis': 'give the code and how you know it: `{ code: IR, basis: … }`',
};

/**
 * JSON Schema keywords for a value the editor checks by pattern: the pattern, and the hint as its
 * message (`patternErrorMessage` is read by VS Code's YAML and JSON language services).
 */
export function editorPattern(pattern: string, rule: keyof typeof ruleHints): { pattern: string; patternErrorMessage: string } {
  const hint = ruleHints[rule]!;
  return { pattern, patternErrorMessage: `${hint[0]!.toUpperCase()}${hint.slice(1)}.` };
}

/** JSON Schema keyword giving each value of a choice its definition, shown as the editor completes it. */
export function editorDefinitions(definitions: Record<string, string>): { markdownEnumDescriptions: string[] } {
  return { markdownEnumDescriptions: Object.values(definitions) };
}
