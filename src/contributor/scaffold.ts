// `npm run new -- article …`: the files a contributor starts from. Every blank is a `TODO` the
// validator points at by line, so nothing unfinished can be merged by accident.
import { precisionOf } from '../lib/dates.ts';
import { unknownHeadline } from '../schemas/article.ts';
import { slugify } from '../lib/slug.ts';
import { needsReviewMarker } from '../pipeline/parse.ts';

export interface ArticleScaffoldOptions {
  url: string;
  outlet: string;
  headline: string;
  /** As the article states it: `2026-02-06`, `2026-02`, `2026` or `unknown`. */
  published: string;
  language: string;
  /** The day the contributor read it, `yyyy-MM-dd`. */
  accessed: string;
  speaker?: string | undefined;
  claim?: string | undefined;
  id?: string | undefined;
}

export interface ScaffoldFile {
  /** Path relative to the content folder. */
  pathInContent: string;
  text: string;
  /** True for a stub of an outlet, official or claim that did not exist. */
  stub: boolean;
}

const needsReview = `${needsReviewMarker}: a stub written by \`npm run new\`. Fill in every TODO from a source, then delete this line.`;

/** The article file, and stubs for the outlet, speaker and claim that the known ids do not include. */
export function scaffoldArticle(options: ArticleScaffoldOptions, known: { sources: string[]; officials: string[]; claims: string[] }): ScaffoldFile[] {
  // Without a headline (wire copy, an excerpt), the id comes from the last part of the article's address.
  const named =
    options.headline === unknownHeadline
      ? (new URL(options.url).pathname.split('/').filter(Boolean).at(-1) ??
        `${options.outlet}-${options.published === 'unknown' ? options.accessed : options.published}`)
      : options.headline;
  const id = options.id ?? slugify(named).slice(0, 80).replace(/-+$/, '');
  const speaker = options.speaker ?? 'TODO';
  const claim = options.claim ?? 'TODO';
  const article = [
    '---',
    `headline: ${options.headline === unknownHeadline ? unknownHeadline : JSON.stringify(options.headline)}  # exactly as published, or unknown when the copy shows none`,
    `url: ${options.url}`,
    `outlet: ${options.outlet}`,
    `published: ${/^\d{4}$/.test(options.published) ? `'${options.published}'` : options.published}  # as the article states it; unknown if it does not`,
    `accessed: ${options.accessed}`,
    `language: ${options.language}`,
    '# authors: [Name as printed]  # leave out when the article names no author',
    '# archive: https://web.archive.org/...  # a saved copy of the page, if you made one',
    'statements:',
    '  - id: TODO-who-says-what  # a lowercase slug, e.g. aliyev-denies-territory-use',
    `    speaker: ${speaker}  # an id in content/officials/`,
    '    said: unknown  # 2026-02-06, 2026-02, 2026, or unknown when no source says',
    '    # event: TODO  # the meeting, call or visit it was said at: an id in content/events/ (or delete the line)',
    '    claims:',
    `      - claim: ${claim}  # an id in content/claims/`,
    '        stance: TODO  # asserts | denies | no-evidence | other',
    '    form: TODO  # verbatim | paraphrase | translation',
    '    text: "TODO: the words; a verbatim quote exactly as it stands in the text below"',
    '    attribution: TODO  # direct | according-to (then add accordingTo: whose report the article relays)',
    '  # Another statement in the article: copy the block above, from "- id:" down, and fill it in.',
    '  # When a report needs them: original, translation, related, corrections, uncertain (CONTRIBUTING.md, "Real reporting").',
    '---',
    'TODO: paste the article text, or the passages the statements rely on.',
    '',
  ].join('\n');
  const files: ScaffoldFile[] = [{ pathInContent: `articles/${options.outlet}/${id}.md`, text: article, stub: false }];

  if (!known.sources.includes(options.outlet)) {
    const homepage = `${new URL(options.url).origin}/`;
    files.push({
      pathInContent: `sources/${options.outlet}.md`,
      stub: true,
      text: [
        '---',
        needsReview,
        "name: TODO the outlet's name as it writes it",
        `homepage: ${homepage}`,
        'kind: TODO  # news-agency | state-media | private-outlet | aggregator-blog | government | unknown (when no source says)',
        '# country: XX  # ISO code of where it is based if a source says; { code: XX, basis: how you know } if you infer it',
        `languages: [${options.language}]`,
        '---',
        '',
      ].join('\n'),
    });
  }
  if (options.speaker !== undefined && !known.officials.includes(options.speaker)) {
    files.push({
      pathInContent: `officials/${options.speaker}.md`,
      stub: true,
      text: [
        '---',
        needsReview,
        'name: TODO the name in English as most outlets write it',
        'kind: TODO  # person | institution | unnamed (a speaker the reports describe without naming: the description goes in name)',
        'country: TODO  # ISO code, e.g. AZ; delete the line when no source says',
        '# An institution or an unnamed speaker may have no roles: then delete the three lines below.',
        'roles:',
        '  - title: TODO the office as the article gives it',
        // The article shows them in the role when it was published; that date is not always known.
        precisionOf(options.published) === 'month' || precisionOf(options.published) === 'day'
          ? `    attested: ${options.published.slice(0, 7)}  # the article, published then, shows them in this role`
          : '    attested: TODO  # the month a source shows them in this role (yyyy-MM), or delete the line',
        'aliases: []',
        '---',
        '',
      ].join('\n'),
    });
  }
  if (options.claim !== undefined && !known.claims.includes(options.claim)) {
    files.push({
      pathInContent: `claims/${options.claim}.md`,
      stub: true,
      text: [
        '---',
        needsReview,
        'proposition: TODO the claim as one neutral sentence',
        'short: TODO a short form, under 75 characters',
        'countries: [TODO]  # ISO codes of the countries it concerns',
        'statusHistory:',
        `  - date: ${options.accessed}`,
        '    status: TODO  # unsubstantiated | disputed | denied | corroborated | confirmed | false',
        '    reason: TODO why, in a sentence a reader can check',
        '---',
        'TODO: a short neutral summary of the claim.',
        '',
      ].join('\n'),
    });
  }
  return files;
}
