import { firstDayOf, formatPartialDate, lastDayOf } from '../lib/dates.ts';
import type { Role } from '../schemas/official.ts';

/** The days a role is known to cover: `from`–`to` (open-ended without `to`), or its first to last attestation. */
export function roleSpan(role: Role): { start: string; end: string } | undefined {
  if (role.from !== undefined || role.to !== undefined) {
    return { start: role.from === undefined ? '0000-01-01' : firstDayOf(role.from), end: role.to === undefined ? '9999-12-31' : lastDayOf(role.to) };
  }
  if (role.attested === undefined) return undefined;
  const dates = Array.isArray(role.attested) ? role.attested : [role.attested];
  return { start: dates.map(firstDayOf).sort()[0]!, end: dates.map(lastDayOf).sort().at(-1)! };
}

/**
 * The offices a speaker held when they spoke: roles whose known span covers every day the statement
 * may have been made. Empty when the date or the roles do not tell.
 */
export function rolesAt(roles: readonly Role[], earliest: string | undefined, latest: string | undefined): string[] {
  const start = earliest ?? latest;
  const end = latest ?? earliest;
  if (start === undefined || end === undefined) return [];
  return roles
    .filter((role) => {
      const span = roleSpan(role);
      return span !== undefined && span.start <= start && end <= span.end;
    })
    .map((role) => role.title);
}

/** What the record shows of a speaker's roles, for a statement that falls outside all of them. */
export function rolesOnRecord(roles: readonly Role[]): string {
  return roles
    .map((role) => {
      if (role.from !== undefined || role.to !== undefined) {
        return `${role.title} (${role.from ? `from ${formatPartialDate(role.from)}` : 'start not recorded'}${role.to ? ` to ${formatPartialDate(role.to)}` : ''})`;
      }
      const dates = role.attested === undefined ? [] : Array.isArray(role.attested) ? role.attested : [role.attested];
      return dates.length === 0 ? `${role.title} (dates not recorded)` : `${role.title} (shown in ${dates.map(formatPartialDate).join(' and ')})`;
    })
    .join('; ');
}
