// Valid HTML on every built page, by html-validate's recommended rules but two that go against a choice
// made on purpose (each said below).
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { SiteProblem } from './site-check.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // A page's title is the article's headline or the claim as written: shortening it would change it.
      'long-title': 'off',
      // `role="list"` on lists drawn without bullets is deliberate: Safari's VoiceOver drops their list semantics.
      'no-redundant-role': 'off',
    },
  }),
);

/** What html-validate finds wrong in one page, each with the line and column in the built file. */
export function markupProblems(page: string, html: string): SiteProblem[] {
  const report = validator.validateStringSync(html, page);
  return report.results.flatMap((result) =>
    result.messages.map((message) => ({
      page,
      rule: 'markup' as const,
      message: `${message.message} (${message.ruleId}, at ${message.line}:${message.column} of the built page)`,
      ...(message.selector ? { evidence: message.selector } : {}),
    })),
  );
}
