import { earliestDay, latestDay } from '../lib/known-date.ts';
import { firstDayOf } from '../lib/dates.ts';
import { firstDifference, normaliseForQuote } from '../lib/text.ts';
import type { KnownDate } from '../schemas/date.ts';
import { normaliseUrl } from './content-index.ts';
import { codePointLabel } from './invisible-characters.ts';
import { lookAlikeNames, nameFields } from './look-alike-names.ts';
import { conflictingReports, omissions, relations } from './check-reports.ts';
import { references } from './check-references.ts';
import type { ContentIssue, FieldPath } from './issues.ts';
import { issueAt, type ParsedFile } from './parse.ts';
import type { ContentViews, StatementReport, ValidateOptions } from './content-views.ts';

/** Checks across files: references, duplicates, conflicting reports, dates, and quotes against the body. */
export function crossCheck(views: ContentViews, options: ValidateOptions): ContentIssue[] {
  return [
    ...duplicateIds(views),
    ...duplicateUrls(views),
    ...archives(views),
    ...mixedScriptNames(views),
    ...lookAlikeNames(views),
    ...references(views),
    ...conflictingReports(views.reports),
    ...relations(views.reports),
    ...omissions(views),
    ...dates(views, options.today),
    ...claimCorrections(views),
    ...quotes(views.reports),
    ...placeholders(views.files),
  ];
}

/** Hosts of the Internet Archive's Wayback Machine and of archive.today, whose addresses name the page and the time of capture. */
const waybackHosts = new Set(['web.archive.org']);
const archiveTodayHosts = new Set(['archive.today', 'archive.ph', 'archive.is', 'archive.li', 'archive.vn', 'archive.fo', 'archive.md']);

/**
 * The page an archive address is a copy of and the day it was captured, for the forms that say:
 * `web.archive.org/web/20260207123456/https://…` and `archive.ph/20260207123456/https://…`. Undefined for
 * forms that do not (`archive.ph/AbCdE`, other archives): those are taken as given.
 */
export function archivedCopy(archive: string): { page: string; day: string } | undefined {
  const url = URL.parse(archive);
  if (url === null) return undefined;
  const pattern = waybackHosts.has(url.hostname)
    ? /^\/web\/(\d{8,14})[a-z_]*\/(.+)$/
    : archiveTodayHosts.has(url.hostname)
      ? /^\/(\d{8,14})\/(.+)$/
      : undefined;
  const match = pattern?.exec(url.pathname + url.search);
  if (!match) return undefined;
  const [, stamp, rest] = match;
  // The archived address may have lost a slash of its scheme (`https:/x`) or its scheme altogether.
  const page = /^https?:\/\/?/i.test(rest!) ? rest!.replace(/^(https?:)\/?\/?/i, '$1//') : `http://${rest!}`;
  return { page, day: `${stamp!.slice(0, 4)}-${stamp!.slice(4, 6)}-${stamp!.slice(6, 8)}` };
}

/** Two addresses of one page: the same but for the scheme, `www.`, case of the host, a trailing slash or a fragment. */
function samePage(a: string, b: string): boolean {
  const key = (address: string) => {
    const url = URL.parse(address);
    return url === null ? address : `${url.hostname.toLowerCase().replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}${url.search}`;
  };
  return key(a) === key(b);
}

/** An archived copy must be of the article's own page, and cannot have been captured before the article was published. */
function archives(views: ContentViews): ContentIssue[] {
  return views.articles.flatMap(({ parsed, data }) => {
    if (data.archive === undefined) return [];
    const copy = archivedCopy(data.archive);
    if (copy === undefined) return [];
    if (data.url !== undefined && !samePage(copy.page, data.url))
      return [issueAt(parsed, ['archive'], `is a copy of another page (${copy.page}), not of \`url\``, 'link the archived copy of the article itself')];
    const published = data.published === undefined ? undefined : earliestDay(data.published);
    if (published !== undefined && copy.day < published)
      return [
        issueAt(
          parsed,
          ['archive'],
          `was captured on ${copy.day}, before the article was published (${published})`,
          'check the archive link and the publication date: a copy cannot be older than the article',
        ),
      ];
    return [];
  });
}

/** A claim is this site's own wording: only its editors can correct it. */
function claimCorrections(views: ContentViews): ContentIssue[] {
  return views.claims.flatMap(({ parsed, data }) =>
    (data.corrections ?? []).flatMap((correction, index) =>
      correction.by === 'editors'
        ? []
        : [
            issueAt(
              parsed,
              ['corrections', index, 'by'],
              'is `outlet` on a claim, which no outlet publishes',
              'write `by: editors`: a claim is our own wording',
            ),
          ],
    ),
  );
}

/** `TODO` left from a scaffold (`npm run new`) in any field: the file is not finished (the body's are found as it is parsed). */
function placeholders(files: readonly ParsedFile[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const walk = (parsed: ParsedFile, value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && /^TODO\b/.test(value.trim())) {
      issues.push(issueAt(parsed, path, 'is still a placeholder (TODO)', 'replace it with the real value from the article or a source'));
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(parsed, item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(parsed, item, [...path, key]);
  };
  for (const parsed of files) walk(parsed, parsed.data, []);
  return issues;
}

/** Scripts a name is written in; a word in more than one is a look-alike ("Ivаn" with a Cyrillic а). */
const nameScripts = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Arabic', 'Hebrew'] as const;
const scriptPatterns = nameScripts.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

/** The first letter of a word whose script differs from the word's first letter, or undefined. */
export function mixedScriptLetter(text: string): { letter: string; word: string; scripts: [string, string] } | undefined {
  for (const word of text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []) {
    const scriptOf = (letter: string) => scriptPatterns.find(([, pattern]) => pattern.test(letter))?.[0];
    const letters = [...word].filter((character) => /\p{L}/u.test(character));
    const first = scriptOf(letters[0]!);
    if (first === undefined) continue;
    const other = letters.find((letter) => {
      const script = scriptOf(letter);
      return script !== undefined && script !== first;
    });
    if (other !== undefined) return { letter: other, word, scripts: [first, scriptOf(other)!] };
  }
  return undefined;
}

/**
 * Names of officials and outlets (and their aliases) with a word mixing scripts: no real name does, and a
 * look-alike letter makes "Ivаn" a second official beside "Ivan", found by no search for either.
 */
function mixedScriptNames(views: ContentViews): ContentIssue[] {
  const named = [
    ...views.officials.map(({ parsed, data }) => ({ parsed, names: nameFields('official', data) })),
    ...views.sources.map(({ parsed, data }) => ({ parsed, names: nameFields('source', data) })),
  ];
  return named.flatMap(({ parsed, names }) =>
    names.flatMap(({ path, value }) => {
      const mixed = mixedScriptLetter(value);
      if (mixed === undefined) return [];
      const code = codePointLabel(mixed.letter.codePointAt(0)!);
      return [
        issueAt(
          parsed,
          path,
          `mixes ${mixed.scripts[0]} and ${mixed.scripts[1]} letters in "${mixed.word}" (${code}, a ${mixed.scripts[1]} "${mixed.letter}")`,
          `retype the word in one script: a look-alike letter makes a second name that no search finds`,
        ),
      ];
    }),
  );
}

function duplicateIds(views: ContentViews): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, ParsedFile>();
  for (const { parsed } of views.articles) {
    const first = seen.get(parsed.id);
    if (first) {
      issues.push(issueAt(parsed, [], `article id "${parsed.id}" is already used by ${first.file}`, 'give the file a different name: ids are permanent links'));
    } else seen.set(parsed.id, parsed);
  }
  return issues;
}

function duplicateUrls(views: ContentViews): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, ParsedFile>();
  for (const { parsed, data } of views.articles) {
    if (data.url === undefined) continue;
    const key = normaliseUrl(data.url);
    const first = seen.get(key);
    if (first) {
      const { line } = first.locate(['url']);
      issues.push(
        issueAt(parsed, ['url'], `the same article is already in ${first.file}:${line}`, 'add new statements to that file instead of adding the article twice'),
      );
    } else seen.set(key, parsed);
  }
  return issues;
}

function dates(views: ContentViews, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const future = (parsed: ParsedFile, path: FieldPath, earliest: string | undefined) => {
    if (earliest !== undefined && earliest > today) {
      issues.push(issueAt(parsed, path, `is in the future (after ${today})`, 'check the year and month; nothing can be reported before it happens'));
    }
  };
  const known = (parsed: ParsedFile, path: FieldPath, date: KnownDate) => future(parsed, path, earliestDay(date));
  const corrections = (parsed: ParsedFile, path: FieldPath, list: readonly { date: string }[] | undefined, notBefore?: string) => {
    (list ?? []).forEach((correction, index) => {
      future(parsed, [...path, index, 'date'], correction.date);
      if (notBefore !== undefined && correction.date < notBefore) {
        issues.push(
          issueAt(
            parsed,
            [...path, index, 'date'],
            `is before the article was published (${notBefore})`,
            'a correction comes after what it corrects: check the date',
          ),
        );
      }
    });
  };

  for (const { parsed, data } of views.articles) {
    if (data.published !== undefined) known(parsed, ['published'], data.published);
    future(parsed, ['accessed'], data.accessed);
    const published = data.published === undefined ? undefined : earliestDay(data.published);
    if (published !== undefined && data.accessed !== undefined && data.accessed < published) {
      issues.push(issueAt(parsed, ['accessed'], `is before the article was published (${published})`, 'set `accessed` to the day you read the article'));
    }
    corrections(parsed, ['corrections'], data.corrections, published);
  }
  for (const { parsed, data } of views.claims) {
    const history = data.statusHistory ?? [];
    history.forEach((change, index) => {
      future(parsed, ['statusHistory', index, 'date'], change.date);
      const previous = history[index - 1];
      if (previous && change.date < previous.date) {
        issues.push(
          issueAt(parsed, ['statusHistory', index, 'date'], `is earlier than the change before it (${previous.date})`, 'list status changes oldest first'),
        );
      }
    });
  }
  for (const { parsed, data } of views.events) if (data.date !== undefined) known(parsed, ['date'], data.date);
  for (const { parsed, data } of views.claims) corrections(parsed, ['corrections'], data.corrections);
  for (const { parsed, data } of views.officials) {
    (data.roles ?? []).forEach((role, index) => {
      for (const field of ['from', 'to'] as const) {
        if (role[field] !== undefined) future(parsed, ['roles', index, field], firstDayOf(role[field]));
      }
      const attested = role.attested === undefined ? [] : Array.isArray(role.attested) ? role.attested : [role.attested];
      attested.forEach((date, dateIndex) =>
        future(parsed, Array.isArray(role.attested) ? ['roles', index, 'attested', dateIndex] : ['roles', index, 'attested'], firstDayOf(date)),
      );
      if (role.from !== undefined && role.to !== undefined && firstDayOf(role.to) < firstDayOf(role.from)) {
        issues.push(issueAt(parsed, ['roles', index, 'to'], `is before \`from\` (${role.from})`, 'check the order of the dates'));
      }
    });
  }

  const articleData = new Map(views.articles.map((entry) => [entry.parsed, entry.data]));
  for (const { article, index, data } of views.reports) {
    const published = articleData.get(article)?.published;
    const accessed = articleData.get(article)?.accessed;
    corrections(article, ['statements', index, 'corrections'], data.corrections, published === undefined ? undefined : earliestDay(published));
    if (data.said === undefined) continue;
    known(article, ['statements', index, 'said'], data.said);
    const said = earliestDay(data.said);
    const publishedLatest = published === undefined ? undefined : latestDay(published);
    if (said !== undefined && publishedLatest !== undefined && said > publishedLatest) {
      issues.push(
        issueAt(
          article,
          ['statements', index, 'said'],
          `is after the article that reports it was published (${publishedLatest})`,
          'a statement is said before it is reported: check both dates',
        ),
      );
    } else if (said !== undefined && publishedLatest === undefined && accessed !== undefined && said > accessed) {
      // With no latest publication date (unknown, or only \`notBefore\`), the article was published by the day it was read.
      issues.push(
        issueAt(
          article,
          ['statements', index, 'said'],
          `is after the day the article that reports it was read (${accessed}), so after it was published`,
          'a statement is said before it is reported: check the date it was said and `accessed`',
        ),
      );
    }
  }
  return issues;
}

/** ": it matches up to “…will not”, then has “permit” where the body has “allow”", or nothing useful to add. */
function whereItDiffers(quote: string, body: string): string {
  const difference = firstDifference(normaliseForQuote(quote), body);
  if (difference === undefined || difference.matched === '') return '';
  const matched = difference.matched.split(' ').slice(-4).join(' ');
  const found = difference.found === undefined ? '' : ` where the body has “${difference.found}”`;
  return `: it matches up to “…${matched}”, then has “${difference.quoted}”${found}`;
}

function quotes(reports: readonly StatementReport[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const bodies = new Map<ParsedFile, string>();
  for (const { article, index, data } of reports) {
    let body = bodies.get(article);
    if (body === undefined) {
      body = normaliseForQuote(article.bodyText);
      bodies.set(article, body);
    }
    // The site draws quotation marks in the reader's language: marks typed into the text would be doubled.
    for (const [field, words] of [
      ['text', data.form === 'paraphrase' ? undefined : data.text],
      ['original', data.original?.text],
    ] as const) {
      if (words !== undefined && /^\s*["“”„«»‘’'‹›「『]/.test(words) && /["“”„«»‘’'‹›」』][.!?…]?\s*$/.test(words)) {
        issues.push(
          issueAt(
            article,
            field === 'text' ? ['statements', index, 'text'] : ['statements', index, 'original', 'text'],
            'includes its quotation marks',
            'leave them out: the site puts the words in quotation marks itself',
          ),
        );
      }
    }
    // A body over a limit was not read: its file already has that error, and nothing can be found in it.
    if (article.bodyUnread) continue;
    // Whatever the site shows in quotation marks must stand in the article as the outlet published it.
    if ((data.form === 'verbatim' || data.form === 'translation') && data.text !== undefined && !body.includes(normaliseForQuote(data.text))) {
      const what = data.form === 'verbatim' ? 'verbatim quote' : 'quoted translation';
      issues.push(
        issueAt(
          article,
          ['statements', index, 'text'],
          `${what} does not appear in the article body${whereItDiffers(data.text, body)}`,
          'copy the quote exactly from the body below (if the article does not quote these words, use `form: paraphrase`)',
        ),
      );
    }
    if (data.original !== undefined && !body.includes(normaliseForQuote(data.original.text))) {
      issues.push(
        issueAt(
          article,
          ['statements', index, 'original', 'text'],
          `original words do not appear in the article body${whereItDiffers(data.original.text, body)}`,
          'copy them exactly from the body; words in the original language from another source belong to a report of that source',
        ),
      );
    }
    if (data.passage !== undefined && !body.includes(normaliseForQuote(data.passage))) {
      issues.push(
        issueAt(
          article,
          ['statements', index, 'passage'],
          `passage does not appear in the article body${whereItDiffers(data.passage, body)}`,
          'copy the passage exactly from the body below',
        ),
      );
    }
  }
  return issues;
}
