// Checks between the reports of statements. Reports may disagree on when a remark was made, its
// wording or its occasion: that is shown to readers, not refused. What is refused is what cannot be
// true of one statement: two speakers, or two stances toward one claim.
import type { ContentIssue } from './issues.ts';
import { issueAt, type ParsedFile } from './parse.ts';
import { statementIds } from './check-references.ts';
import { speakerTarget } from './statement-fields.ts';
import type { ContentViews, StatementReport } from './content-views.ts';

const where = (report: StatementReport, field: string) => `${report.article.file}:${report.article.locate(['statements', report.index, field]).line}`;
const speakerKey = (report: StatementReport) => {
  if (report.data.speaker === undefined) return undefined;
  const target = speakerTarget(report.data.speaker);
  return `${target.kind === 'source' ? 'outlet ' : ''}"${target.id}"`;
};

/** One statement id is one statement: its reports name one speaker and take one stance toward each claim. */
export function conflictingReports(reports: readonly StatementReport[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const firstById = new Map<string, StatementReport>();
  for (const report of reports) {
    if (report.data.id === undefined) continue;
    const first = firstById.get(report.data.id);
    if (!first) {
      firstById.set(report.data.id, report);
      continue;
    }
    if (first.article === report.article) {
      issues.push(
        issueAt(
          report.article,
          ['statements', report.index, 'id'],
          `statement id "${report.data.id}" is used twice in this article (first at ${where(first, 'id')})`,
          'give each statement its own id',
        ),
      );
      continue;
    }
    const firstSpeaker = speakerKey(first);
    const speaker = speakerKey(report);
    if (firstSpeaker !== undefined && speaker !== undefined && firstSpeaker !== speaker) {
      issues.push(
        issueAt(
          report.article,
          ['statements', report.index, 'speaker'],
          `statement "${report.data.id}" has the speaker ${firstSpeaker} at ${where(first, 'speaker')}, ${speaker} here`,
          'one statement has one speaker: if the reports attribute the remark to different speakers, give this one a new id and link the two with `related: [{ statement: …, relation: same-remark, note: … }]`',
        ),
      );
    }
    for (const link of report.claims) {
      const other = first.claims.find((candidate) => candidate.claim === link.claim);
      if (other && other.stance !== link.stance) {
        issues.push(
          issueAt(
            report.article,
            ['statements', report.index, 'claims', link.index, 'stance'],
            `statement "${report.data.id}" ${other.stance} "${link.claim}" at ${where(first, 'claims')}, ${link.stance} here`,
            'a statement takes one stance toward a claim: if you are unsure, keep one stance and say why in `uncertain`; if the reports carry different remarks, give this one a new id',
          ),
        );
      }
    }
  }
  return issues;
}

/** A relation points at another statement; `same-remark` joins two speakers (one speaker is one statement id). */
export function relations(reports: readonly StatementReport[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const speakerById = new Map<string, string | undefined>();
  for (const report of reports) if (report.data.id !== undefined && !speakerById.has(report.data.id)) speakerById.set(report.data.id, speakerKey(report));
  for (const report of reports) {
    (report.data.related ?? []).forEach((related, index) => {
      const path = ['statements', report.index, 'related', index, 'statement'];
      if (related.statement === report.data.id) {
        issues.push(issueAt(report.article, path, 'relates the statement to itself', 'name the id of the other statement'));
      } else if (related.relation === 'same-remark' && speakerById.has(related.statement)) {
        const other = speakerById.get(related.statement);
        if (other !== undefined && other === speakerKey(report)) {
          issues.push(
            issueAt(
              report.article,
              path,
              `is the same remark by the same speaker (${other})`,
              `use the id "${related.statement}" for this report instead: one remark by one speaker is one statement`,
            ),
          );
        }
      }
    });
  }
  return issues;
}

/**
 * An account can only leave out what was said at an event it gives an account of, and not a statement
 * it reports itself.
 */
export function omissions(views: ContentViews): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = statementIds(views);
  const eventsOfStatement = new Map<string, Set<string>>();
  for (const report of views.reports) {
    if (report.data.id === undefined || report.data.event === undefined) continue;
    const events = eventsOfStatement.get(report.data.id) ?? new Set<string>();
    events.add(report.data.event);
    eventsOfStatement.set(report.data.id, events);
  }
  const reportsByArticle = new Map<ParsedFile, StatementReport[]>();
  for (const report of views.reports) reportsByArticle.set(report.article, [...(reportsByArticle.get(report.article) ?? []), report]);
  for (const { parsed, data } of views.articles) {
    if ((data.omits ?? []).length === 0) continue;
    const own = reportsByArticle.get(parsed) ?? [];
    const accountOf = new Set([...(data.events ?? []), ...own.flatMap((report) => (report.data.event === undefined ? [] : [report.data.event]))]);
    (data.omits ?? []).forEach((omission, index) => {
      const path = ['omits', index, 'statement'];
      if (own.some((report) => report.data.id === omission.statement)) {
        issues.push(
          issueAt(parsed, path, `names statement "${omission.statement}", which this article reports`, 'remove it from `omits`, or from the statements'),
        );
        return;
      }
      const events = eventsOfStatement.get(omission.statement);
      // An id that names no statement is reported as unknown, with the id it was probably meant to be.
      if (!known.has(omission.statement)) return;
      if (events === undefined) {
        issues.push(
          issueAt(
            parsed,
            path,
            `statement "${omission.statement}" names no event`,
            'an account leaves out what was said at an event: give that statement its `event`',
          ),
        );
      } else if (![...events].some((event) => accountOf.has(event))) {
        const list = [...events].join('", "');
        issues.push(
          issueAt(
            parsed,
            path,
            `this article is not an account of the event of statement "${omission.statement}" ("${list}")`,
            `add \`events: [${[...events][0]}]\` if it reports that event`,
          ),
        );
      }
    });
  }
  return issues;
}
