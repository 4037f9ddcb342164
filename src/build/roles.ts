import { firstDayOf, lastDayOf } from '../lib/dates.ts';
import { earliestDay, latestDay } from '../lib/known-date.ts';
import type { KnownDate } from '../schemas/date.ts';
import type { Role } from '../schemas/official.ts';

/**
 * The offices a speaker held when they spoke: roles whose dates cover the statement's date, or that a
 * source shows them holding at an overlapping time. Undefined when the date or the roles do not tell.
 */
export function rolesAt(roles: readonly Role[], said: KnownDate): string[] {
  const start = earliestDay(said);
  const end = latestDay(said) ?? start;
  if (start === undefined || end === undefined) return [];
  return roles
    .filter((role) => {
      if (role.from !== undefined || role.to !== undefined) {
        const roleStart = role.from === undefined ? '0000-00-00' : firstDayOf(role.from);
        const roleEnd = role.to === undefined ? '9999-99-99' : lastDayOf(role.to);
        return roleStart <= start && end <= roleEnd;
      }
      if (role.attested !== undefined) return firstDayOf(role.attested) <= end && start <= lastDayOf(role.attested);
      return false;
    })
    .map((role) => role.title);
}
