// Every id a file names must be the id of a file of the right kind: outlets, speakers, claims, events,
// the links of a chain of reports, and the statements one statement relates to or an account omits.
import { closest } from './error-map.ts';
import { accordingToLinks, speakerTarget } from './statement-fields.ts';
import type { ContentIssue, FieldPath } from './issues.ts';
import { issueAt, type ContentKind, type ParsedFile } from './parse.ts';
import type { ContentViews } from './content-views.ts';

const folders: Record<ContentKind, string> = { article: 'articles', claim: 'claims', event: 'events', official: 'officials', source: 'sources' };
const kindWords: Record<ContentKind, string> = { article: 'article', claim: 'claim', event: 'event', official: 'official', source: 'outlet' };

/** The statement ids every report uses, for checking references between statements. */
export function statementIds(views: ContentViews): Set<string> {
  return new Set(views.reports.flatMap((report) => (report.data.id === undefined ? [] : [report.data.id])));
}

export function references(views: ContentViews): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = Object.fromEntries(Object.entries(views.ids).map(([kind, ids]) => [kind, new Set(ids)])) as Record<ContentKind, Set<string>>;
  const check = (parsed: ParsedFile, path: FieldPath, kind: ContentKind, id: unknown) => {
    if (typeof id !== 'string' || known[kind].has(id)) return;
    const suggestion = closest(id, views.ids[kind]);
    issues.push(
      issueAt(
        parsed,
        path,
        `unknown ${kindWords[kind]} "${id}"`,
        suggestion ? `did you mean "${suggestion}"?` : `add content/${folders[kind]}/${id}.md, or use the id of an existing ${kindWords[kind]}`,
      ),
    );
  };
  const knownStatements = statementIds(views);
  const checkStatement = (parsed: ParsedFile, path: FieldPath, id: string | undefined) => {
    if (id === undefined || knownStatements.has(id)) return;
    const suggestion = closest(id, [...knownStatements]);
    issues.push(
      issueAt(
        parsed,
        path,
        `unknown statement "${id}"`,
        suggestion ? `did you mean "${suggestion}"?` : 'use the id of a statement in an article of content/articles/',
      ),
    );
  };

  for (const { parsed, data } of views.articles) {
    check(parsed, ['outlet'], 'source', data.outlet);
    (data.events ?? []).forEach((id, index) => check(parsed, ['events', index], 'event', id));
    (data.omits ?? []).forEach((omission, index) => checkStatement(parsed, ['omits', index, 'statement'], omission.statement));
  }
  for (const { parsed, data } of views.officials) (data.distinctFrom ?? []).forEach((id, index) => check(parsed, ['distinctFrom', index], 'official', id));
  for (const { parsed, data } of views.sources) (data.distinctFrom ?? []).forEach((id, index) => check(parsed, ['distinctFrom', index], 'source', id));
  for (const { parsed, data } of views.events) {
    (data.participants ?? []).forEach((id, index) => check(parsed, ['participants', index], 'official', id));
  }
  for (const { article, index, data, claims } of views.reports) {
    const at = (...path: (string | number)[]): FieldPath => ['statements', index, ...path];
    if (data.speaker !== undefined) {
      const target = speakerTarget(data.speaker);
      check(article, target.kind === 'official' ? at('speaker') : at('speaker', 'outlet'), target.kind, target.id);
    }
    for (const link of claims) check(article, at('claims', link.index, 'claim'), 'claim', link.claim);
    check(article, at('event'), 'event', data.event);
    const links = accordingToLinks(data.accordingTo);
    links.forEach((link, linkIndex) => {
      const path = Array.isArray(data.accordingTo) ? at('accordingTo', linkIndex) : at('accordingTo');
      if (typeof link === 'string') {
        // An id written as words would be shown as words and link nowhere: say how to name it.
        const kind = known.source.has(link) ? 'outlet' : known.official.has(link) ? 'official' : undefined;
        if (kind)
          issues.push(
            issueAt(
              article,
              path,
              `"${link}" is the id of an ${kind === 'outlet' ? 'outlet' : 'official'}, written as words`,
              `write \`{ ${kind}: ${link} }\` to link it`,
            ),
          );
        return;
      }
      if (link.outlet !== undefined) check(article, [...path, 'outlet'], 'source', link.outlet);
      if (link.official !== undefined) check(article, [...path, 'official'], 'official', link.official);
    });
    (data.related ?? []).forEach((relation, relationIndex) => checkStatement(article, at('related', relationIndex, 'statement'), relation.statement));
  }
  return issues;
}
