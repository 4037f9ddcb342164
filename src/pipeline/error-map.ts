import type { z } from 'zod';
import { distance } from 'fastest-levenshtein';
import { ruleHints, type RuleName } from '../schemas/hints.ts';
import type { FieldPath } from './issues.ts';

/** A zod issue turned into words for a contributor: where, what, and how to fix it. */
export interface FriendlyIssue {
  path: FieldPath;
  /** True when the place to point at is the key itself (an unknown field). */
  atKey: boolean;
  message: string;
  hint: string;
}

type ZodIssue = z.core.$ZodIssue;

/** Translates every zod issue into friendly ones (a union failure becomes the issues of its closest branch). */
export function friendlyIssues(issues: readonly ZodIssue[], knownKeysAt: (path: FieldPath) => string[]): FriendlyIssue[] {
  return issues.flatMap((issue) => friendlyIssue(issue, [], knownKeysAt));
}

function friendlyIssue(issue: ZodIssue, prefix: FieldPath, knownKeysAt: (path: FieldPath) => string[]): FriendlyIssue[] {
  const path: FieldPath = [...prefix, ...(issue.path as (string | number)[])];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return [{ path, atKey: false, message: 'is missing', hint: `add \`${String(path.at(-1))}:\` (${expectedWords(issue.expected)})` }];
      }
      return [
        {
          path,
          atKey: false,
          message: `should be ${expectedWords(issue.expected)}, not ${describeValue(issue.input)}`,
          hint: issue.expected === 'string' ? 'put the value in quotes' : `write ${expectedWords(issue.expected)} here`,
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeysAt(path);
        const suggestion = closest(key, known);
        return {
          path: [...path, key],
          atKey: true,
          message: `unknown field \`${key}\``,
          hint: suggestion ? `did you mean \`${suggestion}\`?` : `allowed fields here: ${known.map((k) => `\`${k}\``).join(', ')}`,
        };
      });
    case 'invalid_value': {
      const allowed = issue.values.map((value) => `\`${String(value)}\``);
      if (issue.input === undefined) {
        return [{ path, atKey: false, message: 'is missing', hint: `add \`${String(path.at(-1))}:\` with one of ${allowed.join(', ')}` }];
      }
      const suggestion = typeof issue.input === 'string' ? closest(issue.input, issue.values.map(String)) : undefined;
      return [
        {
          path,
          atKey: false,
          message: `${describeValue(issue.input)} is not one of ${allowed.join(', ')}`,
          hint: suggestion ? `did you mean \`${suggestion}\`?` : `use one of ${allowed.join(', ')}`,
        },
      ];
    }
    case 'invalid_union': {
      // A known date is written in several forms (`2026-02`, `unknown`, `{ notBefore, basis }`): its union
      // has the `unknown` branch, or a branch that failed a date rule.
      const isDate = issue.errors
        .flat()
        .some((inner) => (ruleOf(inner)?.startsWith('date') ?? false) || (inner.code === 'invalid_value' && inner.values.includes('unknown')));
      const notADate: FriendlyIssue = {
        path,
        atKey: false,
        message: `${describeValue(issue.input)} is not a date this field accepts`,
        hint: `${ruleHints['date-format']}, or \`{ date, notBefore, notAfter, basis }\` for a date inferred from another source`,
      };
      const branches = issue.errors.filter((branch) => !branch.some((inner) => inner.path.length === 0 && isShapeMismatch(inner)));
      if (branches.length === 1) {
        // The one branch left is the date's own written forms (text or a bare year): say it is not a date.
        if (isDate && branches[0]!.every((inner) => inner.code === 'invalid_union')) return [notADate];
        return branches[0]!.flatMap((inner) => friendlyIssue(inner, path, knownKeysAt));
      }
      // A choice spelt two ways (`false` the status, written bare or quoted): one list of allowed values.
      const roots = issue.errors.flat().filter((inner) => inner.path.length === 0);
      if (roots.length > 0 && roots.every((inner) => inner.code === 'invalid_value')) {
        const values = [...new Set(roots.flatMap((inner) => (inner.code === 'invalid_value' ? inner.values.map(String) : [])))];
        const choice: ZodIssue = { code: 'invalid_value', values, path: [], message: '', input: issue.input };
        return friendlyIssue(choice, path, knownKeysAt);
      }
      if (isDate) return [notADate];
      return [
        {
          path,
          atKey: false,
          message: `${describeValue(issue.input)} is not in a form this field accepts`,
          hint: 'see the field reference for the forms it takes',
        },
      ];
    }
    case 'too_small':
      return [
        {
          path,
          atKey: false,
          message: issue.origin === 'array' ? `needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}` : 'is empty',
          hint: issue.origin === 'array' ? 'add an entry, or remove the field if it is optional' : 'write the text, or remove the field if it is optional',
        },
      ];
    case 'too_big':
      return [{ path, atKey: false, message: issue.message, hint: `shorten it to at most ${String(issue.maximum)} characters` }];
    case 'invalid_format':
      return [
        {
          path,
          atKey: false,
          message:
            issue.format === 'regex'
              ? `${describeValue(issue.input)} is ${issue.message}`
              : issue.format !== 'url'
                ? `is not a valid ${issue.format}`
                : isHttpUrl(issue.input)
                  ? `${describeValue(issue.input)} does not name a public host (an IP address, or a name without a domain such as localhost)`
                  : `${describeValue(issue.input)} is not an http(s) URL`,
          hint: issue.format !== 'url' ? hintOf(issue, 'check the format') : isHttpUrl(issue.input) ? 'link to the page at its public address' : ruleHints.url,
        },
      ];
    case 'custom': {
      // A refinement of one value says what the value is not ("not a date"); name the value first.
      const isValue = issue.input !== undefined && (typeof issue.input !== 'object' || issue.input === null);
      const message = isValue && !issue.message.startsWith('is ') ? `${describeValue(issue.input)} is ${issue.message}` : issue.message;
      return [{ path, atKey: false, message, hint: hintOf(issue, 'see the field reference for what this field takes') }];
    }
    default:
      return [{ path, atKey: false, message: issue.message, hint: 'see the field reference for what this field takes' }];
  }
}

function isShapeMismatch(issue: ZodIssue): boolean {
  return issue.code === 'invalid_type' || issue.code === 'invalid_value';
}

/** The rule a refinement names in its params (`ruleParams`), if it names one. */
/** The rule a refinement names in its params (src/schemas/hints.ts), if it names one. */
export function ruleOf(issue: ZodIssue): RuleName | undefined {
  const rule = (issue as { params?: { rule?: string } }).params?.rule;
  return rule !== undefined && Object.hasOwn(ruleHints, rule) ? (rule as RuleName) : undefined;
}

function hintOf(issue: ZodIssue, otherwise: string): string {
  const rule = ruleOf(issue);
  return rule === undefined ? otherwise : ruleHints[rule];
}

function expectedWords(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'a group of fields';
    case 'number':
      return 'a number';
    case 'boolean':
      return '`true` or `false`';
    default:
      return expected;
  }
}

/** A value as a contributor wrote it, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  // What is left is text, a number or a boolean, which JSON writes as the contributor typed it.
  const text = JSON.stringify(value) ?? 'a value';
  return text.length > 60 ? `${text.slice(0, 59)}…"` : text;
}

/** The candidate nearest to a misspelt word, if it is near enough to be what was meant. */
export function closest(word: string, candidates: readonly string[], maxDistance = Math.max(2, Math.floor(word.length / 3))): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= maxDistance) return best;
  // A word cut short or inflected (`deny` for `denies`, `ilham` for `ilham-aliyev`): the one candidate it shares its start with.
  const stem = word.toLowerCase().slice(0, Math.max(3, word.length - 1));
  const sharing = candidates.filter((candidate) => candidate.toLowerCase().startsWith(stem));
  return word.length >= 3 && sharing.length === 1 ? sharing[0] : undefined;
}

/** True for an http(s) address, whatever its host. */
function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && /^https?:$/.test(URL.parse(value)?.protocol ?? '');
}
