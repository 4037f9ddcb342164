/**
 * A function of one string that computes each answer once. For lookups in Intl's locale data and date
 * formatting, which cost microseconds each and are asked the same few questions on thousands of pages.
 */
export function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
