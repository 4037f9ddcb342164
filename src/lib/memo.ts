/**
 * A function of one string that computes each answer once. For lookups in Intl's locale data and date
 * arithmetic, which cost microseconds each and are asked the same few questions on thousands of pages,
 * and for text the content checks normalise again on every load of the content.
 */
export function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const kept = answers.get(key);
    if (kept !== undefined || answers.has(key)) return kept!;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}

/**
 * An object whose every property is worked out when it is first read, then kept. The dev server renders
 * one page at a time after each edit: its route's paths are worked out, not every route's.
 */
export function workedOutWhenRead<T extends Record<string, () => unknown>>(work: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const record = {};
  for (const [name, compute] of Object.entries(work)) {
    let value: unknown;
    let done = false;
    Object.defineProperty(record, name, {
      enumerable: true,
      get: () => {
        if (!done) [value, done] = [compute(), true];
        return value;
      },
    });
  }
  return record as { readonly [K in keyof T]: ReturnType<T[K]> };
}
