/**
 * How to fix a value that breaks a rule, keyed by the `rule` each refinement carries in its params.
 * The validator prints them as hints (src/pipeline/error-map.ts); the editor shows them as the message
 * of a pattern that does not match (`editorPattern`).
 */
export const ruleHints = {
  id: 'use lowercase letters, digits and single hyphens, like `ilham-aliyev`',
  'id-route': 'add a word that says what it is, like `aliyev-statement-2`',
  'date-format': 'write a date as `2026-02-06`, `2026-02` or `2026`, or `unknown` when the source does not say',
  'date-impossible': 'check the day and month: this date does not exist',
  'date-day': 'write the full day as `yyyy-MM-dd`, e.g. `2026-11-22`',
  'date-inferred-empty': 'give at least one of `date`, `notBefore` or `notAfter`, or write `unknown`',
  'date-range-order': 'check the bounds: `notBefore` comes first, `notAfter` last, and `date` between them',
  country: 'use an ISO 3166-1 alpha-2 code in capitals, such as `AZ`, `IR` or `IL`',
  language: 'use a BCP 47 tag such as `en`, `fa` or `az-Latn`',
  url: 'write the full address, starting with https://',
  'url-userinfo': 'remove the part before `@`: a link with a user name (`https://site.example@other.example/`) leads to the host after the `@`',
  'according-to-missing': 'say whose report the article relays, e.g. `accordingTo: Azerbaijani outlets`',
  'according-to-direct': 'remove `accordingTo`, or set `attribution: according-to`',
  'according-to-link': 'write `{ outlet: <id> }` or `{ official: <id> }`, or the words of the article (`Azerbaijani outlets`)',
  'claims-empty': 'name the claim it bears on with its stance; a remark that bears on no tracked claim can be kept only as part of an event (`event: <id>`)',
  'name-unknown':
    'write the name as its own pages give it (for a site that shows none, its domain); a speaker the reports do not name is `kind: unnamed`, with their description as `name`',
  'statements-empty': 'add the statements the article carries, or name the event it gives an account of with `events: [<id>]`',
} as const satisfies Record<string, string>;

/** The name of a rule a value can break; each has its hint. */
export type RuleName = keyof typeof ruleHints;

/** A refinement's params naming the rule it checks, so the validator and the editor give its hint. */
export function ruleParams(rule: RuleName): { rule: RuleName } {
  return { rule };
}

/** How a value that follows a rule reads in the field reference (`id`, `country code`). */
export const ruleValueWords: Partial<Record<RuleName, string>> = {
  id: 'id',
  'date-format': 'date `2026-02-06`, `2026-02` or `2026`',
  'date-day': 'day `yyyy-MM-dd`',
  country: 'country code',
  language: 'language tag',
  url: 'http(s) link',
};

/**
 * JSON Schema keywords for a value the editor checks by pattern: the pattern, and the hint as its
 * message (`patternErrorMessage` is read by VS Code's YAML and JSON language services).
 */
export function editorPattern(pattern: string, rule: RuleName): { pattern: string; patternErrorMessage: string; 'x-rule': RuleName } {
  const hint: string = ruleHints[rule];
  // `x-rule` names the rule for the field reference; editors ignore keywords they do not know.
  return { pattern, patternErrorMessage: `${hint[0]!.toUpperCase()}${hint.slice(1)}.`, 'x-rule': rule };
}

/** JSON Schema keyword giving each value of a choice its definition, shown as the editor completes it. */
export function editorDefinitions(definitions: Record<string, string>): { markdownEnumDescriptions: string[] } {
  return { markdownEnumDescriptions: Object.values(definitions) };
}
