// Builds the site from the good fixture content and checks every page against the dataset it came from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { stances } from '../../src/schemas/stance.ts';
import { stanceGlyphs } from '../../src/site/labels.ts';
import { correctionKinds } from '../../src/schemas/correction.ts';
import { eventKinds } from '../../src/schemas/event.ts';
import { officialKinds } from '../../src/schemas/official.ts';
import { statementForms, statementRelations, translators } from '../../src/schemas/statement.ts';
import { claimStatuses } from '../../src/schemas/status.ts';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { urls } from '../../src/site/urls.ts';
import { htmlFiles, readPage } from './build-helpers.ts';
import { sharedSite } from './shared-sites.ts';
import { builtOutputs, misquotes, paraphrasedWords } from './misquotes.ts';
import { facts } from './build-helpers.ts';

let build: { outDir: string };
let dataset: Dataset;

beforeAll(async () => {
  const site = await sharedSite('good');
  build = site;
  dataset = site.dataset;
});

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the fixture site', () => {
  it('never puts a paraphrase inside quotation marks: titles, meta tags, page text, search records', () => {
    const paraphrases = paraphrasedWords(dataset);
    expect(paraphrases.length).toBeGreaterThanOrEqual(8);
    const outputs = builtOutputs(build.outDir);
    expect(outputs.filter((output) => output.where.startsWith('search record')).length).toBeGreaterThan(50);
    expect(misquotes(paraphrases, outputs)).toEqual([]);
    // The sweep finds a misquote where there is one: the old statement title put the shown words in quotes.
    expect(misquotes(paraphrases, [{ where: 'a title', text: `Ilham Aliyev: “${paraphrases[0]}”` }])).toHaveLength(1);
  });

  it('runs no script on any page but search', () => {
    for (const file of htmlFiles(build.outDir)) {
      const scripts = readFileSync(path.join(build.outDir, file), 'utf8').match(/<script\b[^>]*>/gi) ?? [];
      // Data blocks (the search page's labels, JSON-LD) are not executed.
      const executable = scripts.filter((tag) => !/type="application\/(ld\+)?json"/.test(tag));
      expect(executable, file).toHaveLength(file === 'search/index.html' ? 1 : 0);
    }
  });

  it('marks every paraphrase as one, so no quotation marks are drawn around it', () => {
    const paraphrases = new Set(paraphrasedWords(dataset).map(folded));
    for (const statement of dataset.statements) {
      for (const element of readPage(build.outDir, urls.statement(statement.id)).querySelectorAll('.statement-text')) {
        if (paraphrases.has(folded(element.text))) expect(element.getAttribute('data-form'), statement.id).toBe('paraphrase');
      }
    }
  });

  it('gives every claim a page with its proposition and a link to each statement in its timeline', () => {
    for (const claim of dataset.claims) {
      const page = readPage(build.outDir, urls.claim(claim.id));
      expect(folded(page.querySelector('h1')!.text)).toBe(claim.data.short);
      expect(folded(page.text)).toContain(claim.data.proposition);
      const linked = page.querySelectorAll('#timeline ~ ol a').map((anchor) => anchor.getAttribute('href'));
      for (const entry of claim.timeline) expect(linked).toContain(urls.statement(entry.statementId));
      // A date heads the statements said on it once: no two neighbouring dates are the same.
      const dates = page.querySelectorAll('.timeline__date').map((date) => folded(date.text));
      expect(
        dates.filter((date, index) => date === dates[index - 1]),
        claim.id,
      ).toEqual([]);
      expect(page.querySelectorAll('.timeline .statement-card')).toHaveLength(claim.timeline.length);
    }
    const sameDay = dataset.claims.find((claim) =>
      claim.timeline.some((entry, index) => index > 0 && isDeepStrictEqual(entry.said, claim.timeline[index - 1]!.said)),
    );
    expect(sameDay, 'a claim with two statements said on the same date').toBeDefined();
  });

  it('lists every report of a statement reported by two articles, with each outlet and original link', () => {
    const merged = dataset.statements.filter((statement) => statement.reports.length > 1);
    expect(merged.length).toBeGreaterThan(0);
    for (const statement of merged) {
      const page = readPage(build.outDir, urls.statement(statement.id));
      const reports = page.querySelectorAll('#reports ~ ol > li');
      expect(reports.length).toBe(statement.reports.length);
      for (const report of statement.reports) {
        expect(page.querySelector(`a[href="${urls.source(report.outletId)}"]`)).not.toBeNull();
        expect(page.querySelector(`a[href="${dataset.articlesById.get(report.articleId)!.data.url}"]`)).not.toBeNull();
      }
    }
  });

  it('marks the language and direction of quoted text', () => {
    const foreign = dataset.statements.flatMap((statement) => statement.reports).filter((report) => !report.language.startsWith('en'));
    expect(foreign.length).toBeGreaterThan(0);
    for (const report of foreign) {
      const statementId = dataset.statements.find((statement) => statement.reports.includes(report))!.id;
      const quote = readPage(build.outDir, urls.statement(statementId)).querySelector(`.statement-text[lang="${report.language}"]`);
      expect(quote, statementId).not.toBeNull();
      expect(quote!.getAttribute('dir')).toBe(['fa', 'ar', 'he', 'ur'].includes(report.language.split('-')[0]!) ? 'rtl' : undefined);
    }
  });

  it('flags an official who took opposite stances on one claim', () => {
    const flagged = dataset.officials.filter((official) => official.oppositeStanceClaimIds.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    for (const official of flagged) {
      const page = readPage(build.outDir, urls.official(official.id));
      expect(page.querySelector('.notice')!.text).toContain('both asserted and denied');
      const section = page.querySelector('#consistency')!.parentNode;
      for (const claimId of official.oppositeStanceClaimIds) {
        expect(section.querySelector(`h3 a[href="${urls.claim(claimId)}"]`)).not.toBeNull();
        expect(section.querySelectorAll('ul[aria-label="Asserted"] > li').length).toBeGreaterThan(0);
        expect(section.querySelectorAll('ul[aria-label="Denied"] > li').length).toBeGreaterThan(0);
      }
    }
  });

  it('lists an outlet’s statements in its own voice once, apart from those it carried from others', () => {
    const speaking = dataset.sources.filter((source) => source.ownStatementIds.length > 0);
    expect(speaking.length).toBeGreaterThan(0);
    for (const source of speaking) {
      const page = readPage(build.outDir, urls.source(source.id));
      const own = page.querySelector('section[aria-labelledby="own-statements"]')!;
      const carried = page.querySelector('section[aria-labelledby="statements"]');
      for (const id of source.ownStatementIds) {
        expect(own.querySelector(`a[href="${urls.statement(id)}"]`), id).not.toBeNull();
        expect(carried?.querySelector(`a[href="${urls.statement(id)}"]`) ?? null, id).toBeNull();
      }
      expect(source.carriedStatementIds.length + source.ownStatementIds.length).toBe(source.statementIds.length);
    }
  });

  it('lists each source’s articles and each country’s claims, officials and outlets', () => {
    for (const source of dataset.sources) {
      const page = readPage(build.outDir, urls.source(source.id));
      for (const articleId of source.articleIds) expect(page.querySelector(`a[href="${urls.article(articleId)}"]`)).not.toBeNull();
    }
    for (const country of dataset.countries) {
      const page = readPage(build.outDir, urls.country(country.code));
      expect(page.querySelector('h1')!.text).toBe(country.name);
      for (const id of country.claimIds) expect(page.querySelector(`a[href="${urls.claim(id)}"]`)).not.toBeNull();
      for (const id of country.officialIds) expect(page.querySelector(`a[href="${urls.official(id)}"]`)).not.toBeNull();
      for (const id of country.sourceIds) expect(page.querySelector(`a[href="${urls.source(id)}"]`)).not.toBeNull();
    }
  });

  it('renders each article body, and every index page links to every entry', () => {
    for (const article of dataset.articles) {
      const page = readPage(build.outDir, urls.article(article.id));
      expect(page.querySelector('.article-body')!.innerHTML.trim()).toBe(article.bodyHtml.trim());
    }
    const indexes: [string, string[]][] = [
      [urls.claims(), dataset.claims.map((claim) => urls.claim(claim.id))],
      [urls.statements(), dataset.statements.map((statement) => urls.statement(statement.id))],
      [urls.articles(), dataset.articles.map((article) => urls.article(article.id))],
      [urls.officials(), dataset.officials.map((official) => urls.official(official.id))],
      [urls.sources(), dataset.sources.map((source) => urls.source(source.id))],
      [urls.countries(), dataset.countries.map((country) => urls.country(country.code))],
    ];
    for (const [index, permalinks] of indexes) {
      const page = readPage(build.outDir, index);
      for (const permalink of permalinks) expect(page.querySelector(`main a[href="${permalink}"]`), `${index} → ${permalink}`).not.toBeNull();
    }
  });
});

describe('the fixture site’s metadata', () => {
  it('gives every page a canonical link, Open Graph and Twitter meta, and lists the entries in the sitemap', () => {
    const detail = [
      ...dataset.claims.map((claim) => urls.claim(claim.id)),
      ...dataset.statements.map((statement) => urls.statement(statement.id)),
      ...dataset.officials.map((official) => urls.official(official.id)),
    ];
    const sitemap = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    for (const permalink of [urls.home(), urls.methodology(), ...detail]) {
      const page = readPage(build.outDir, permalink);
      const canonical = page.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(new URL(canonical).pathname).toBe(permalink);
      expect(page.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(canonical);
      expect(page.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBeTruthy();
      // Claims and statements have a share card, shown large; the other pages a plain summary.
      const hasCard = permalink.startsWith(urls.claims()) || permalink.startsWith(urls.statements());
      expect(page.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe(hasCard ? 'summary_large_image' : 'summary');
      expect(page.querySelector('meta[property="og:image"]') !== null, permalink).toBe(hasCard);
      expect(page.querySelector('meta[name="description"]')!.getAttribute('content')).toBeTruthy();
      expect(sitemap).toContain(`<loc>${canonical}</loc>`);
    }
  });

  it('says when each entry page was last updated, as a plain date', () => {
    for (const claim of dataset.claims) {
      const time = readPage(build.outDir, urls.claim(claim.id)).querySelector('.last-updated time')!;
      expect(time.getAttribute('datetime')).toBe(claim.lastUpdated);
      expect(time.text).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    }
  });

  it('links each statement of an article to the passage it relies on', () => {
    let linked = 0;
    for (const article of dataset.articles) {
      const page = readPage(build.outDir, urls.article(article.id));
      for (const [, anchor] of article.passageAnchors) {
        expect(page.querySelector(`a[href="#${anchor}"]`)).not.toBeNull();
        expect(page.querySelector(`.article-body p[id="${anchor}"]`)).not.toBeNull();
        linked += 1;
      }
    }
    expect(linked).toBeGreaterThan(5);
  });

  it('publishes the status scale, stances, forms, speakers, relations, events and corrections with their definitions from the schemas', () => {
    const text = readPage(build.outDir, urls.methodology()).text.replace(/\s+/g, ' ');
    const kinds = [officialKinds, statementRelations, eventKinds, translators].flatMap((definitions) => Object.values(definitions));
    for (const definition of [...Object.values(claimStatuses), ...Object.values(stances), ...Object.values(statementForms), ...kinds]) {
      expect(text).toContain(definition);
    }
  });

  it('names the repository without a link when the build does not know its address, and says so', () => {
    const contribute = readPage(build.outDir, urls.contribute());
    expect(contribute.text).toContain('Fork and clone the project');
    expect(
      contribute
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'))
        .filter((href) => href?.startsWith('http')),
    ).toEqual([]);
    expect(readPage(build.outDir, urls.corrections()).querySelectorAll('main a[href^="http"]')).toHaveLength(0);
    // And says why there is no link, rather than leaving "the repository" leading nowhere.
    for (const permalink of [urls.contribute(), urls.corrections()]) {
      expect(folded(readPage(build.outDir, permalink).querySelector('[data-repository-unknown]')!.text)).toContain('built without its repository’s address');
    }
  });
});

describe('real reporting on the fixture site', () => {
  const assurance = 'testov-assures-no-outside-warships-in-azerbaijani-ports';

  it('sets the accounts of the call side by side, and marks what a readout leaves out', () => {
    const page = readPage(build.outDir, urls.event('testov-nemoudar-call'));
    expect(folded(page.querySelector('#accounts')!.parentNode.text)).toContain(
      'Not in Azerbaijani Defence Ministry Test Bulletin’s readout: Arif Testov, as paraphrased by Iranian Navy Test Bulletin:',
    );
    const rows = page.querySelectorAll('.event-statement');
    const assuranceRow = rows.find((row) => row.querySelector(`a[href="${urls.statement(assurance)}"]`))!;
    const cells = assuranceRow.querySelectorAll('.account-cell');
    expect(cells.map((cell) => cell.classList.value.find((name) => name.startsWith('account-cell--')))).toEqual([
      'account-cell--reported',
      'account-cell--omitted',
      'account-cell--reported',
    ]);
    expect(folded(cells[1]!.text)).toContain('Not in Azerbaijani Defence Ministry Test Bulletin’s readout.');
    // Each account is labelled by outlet, and a government's account as its readout.
    expect(cells.map((cell) => folded(cell.querySelector('.kicker')!.text))).toEqual([
      'Iranian Navy Test Bulletin’s readout',
      'Azerbaijani Defence Ministry Test Bulletin’s readout',
      'Caspian Wire (test)’s report',
    ]);
  });

  it('says the reports differ on the date, and gives each report its own date', () => {
    const page = readPage(build.outDir, urls.statement(assurance));
    expect(facts(page)['Said']).toBe('Reports differ: 2 March 2026 in Iranian Navy Test Bulletin · 3 March 2026 in Caspian Wire (test)');
    const reportDates = page.querySelectorAll('#reports ~ ol > li').map((report) => facts(report)['This report dates it']);
    expect(reportDates).toEqual(['2 March 2026', '3 March 2026', 'date not stated']);
    // The claim's timeline shows the disagreement too, not one of the dates.
    const claim = readPage(build.outDir, urls.claim('outside-warships-may-use-azerbaijans-caspian-ports'));
    expect(folded(claim.querySelector('.timeline')!.text)).toContain('Reports differ: 2 March 2026 in Iranian Navy Test Bulletin · 3 March 2026');
  });

  it('shows a contradiction and a remark given to two speakers on both statements and on the claim', () => {
    const contradicted = readPage(build.outDir, urls.statement(assurance));
    expect(folded(contradicted.querySelector('#related')!.parentNode.text)).toContain(
      'Contradicted by A spokesman for Azerbaijan’s Ministry of Defence: “Azerbaijan has made no commitment about foreign warships.”',
    );
    const unnamed = readPage(build.outDir, urls.statement('unnamed-spokesman-no-commitment-on-foreign-warships'));
    const links = folded(unnamed.querySelector('#related')!.parentNode.text);
    expect(links).toContain('Contradicts Arif Testov, as paraphrased by Iranian Navy Test Bulletin:');
    expect(links).toContain('Same remark as Arif Testov, in translation: “Азербайджан не брал');
    // A repeat is not drawn as a conflict: each relation has its own style.
    const labels = unnamed.querySelectorAll('#related ~ ul .label-relation').map((label) => [folded(label.text), label.classList.value.join(' ')]);
    expect(labels).toEqual(
      expect.arrayContaining([
        ['Contradicts', expect.stringContaining('label-relation--contradicts')],
        ['Same remark as', expect.stringContaining('label-relation--same-remark')],
      ]),
    );
    const claim = readPage(build.outDir, urls.claim('outside-warships-may-use-azerbaijans-caspian-ports'));
    // The readout that leaves the assurance out and the contradiction; the remark given to two speakers apart.
    const disagreements = claim.querySelectorAll('#disagreements ~ ul > li').map((item) => folded(item.text));
    expect(disagreements).toHaveLength(2);
    expect(disagreements[0]).toMatch(/^Not in Azerbaijani Defence Ministry Test Bulletin’s readout: Arif Testov, as paraphrased by/);
    expect(disagreements[1]).toMatch(
      /^A spokesman for Azerbaijan’s Ministry of Defence: “Azerbaijan has made no commitment about foreign warships.” contradicts Arif Testov/,
    );
    expect(claim.querySelectorAll('#same-remark ~ ul > li')).toHaveLength(1);
    expect(folded(contradicted.querySelector('#related')!.parentNode.text)).toContain(
      'Not in Azerbaijani Defence Ministry Test Bulletin’s readout — The readout names regional security',
    );
  });

  it('logs every correction newest first, with what each kind means, and marks a retracted article and what it reported', () => {
    const corrections = folded(readPage(build.outDir, urls.corrections()).text);
    for (const definition of Object.values(correctionKinds)) expect(corrections).toContain(definition);
    const log = readPage(build.outDir, urls.corrections()).querySelectorAll('.corrections-log > li');
    expect(log.map((entry) => folded(entry.querySelector('.card__meta')!.text))).toEqual([
      'Retracted 20 March 2026 by the outlet',
      'Updated 16 March 2026 by our editors',
      'Corrected 15 March 2026 by our editors',
      'Corrected 5 March 2026 by the outlet',
    ]);
    const article = readPage(build.outDir, urls.article('baku-silent-on-warships'));
    expect(folded(article.querySelector('.notice--retraction')!.text)).toMatch(/^Retracted by the outlet on 20 March 2026\./);
    const own = readPage(build.outDir, urls.statement('test-lens-blog-baku-leaves-door-open'));
    expect(folded(own.querySelector('.notice--retraction')!.text)).toContain('The only article reporting this statement was retracted');
    expect(folded(readPage(build.outDir, urls.source('test-lens-blog')).text)).toContain('Retracted: the only report of this (see its corrections).');
    // Its statement is on the claim's timeline, marked, but not in the tallies.
    const claim = readPage(build.outDir, urls.claim('outside-warships-may-use-azerbaijans-caspian-ports'));
    expect(folded(claim.querySelector('.tallies')!.text)).toContain(`${stanceGlyphs.asserts}Asserts0`);
    expect(folded(claim.text)).toContain('Not counted: 1 statement reported only in retracted articles');
  });

  it('says when a headline, a speaker’s name or an outlet’s country is not known, without making one up', () => {
    const wire = readPage(build.outDir, urls.article('azerbaijan-no-commitment-on-warships'));
    expect(folded(wire.querySelector('h1')!.text)).toBe('Caspian Wire (test) article, 3 March 2026 (headline not recorded)');
    expect(wire.querySelector('title')!.text).not.toContain('unknown');
    expect(facts(readPage(build.outDir, urls.source('caspian-wire-test')))['Based in']).toMatch(
      /^Azerbaijan \(inferred, not stated by a source: Its contact page gives an address in Baku/,
    );
    expect(facts(readPage(build.outDir, urls.official('unnamed-azerbaijani-defence-ministry-spokesman')))['Country']).toBe('Azerbaijan');
    expect(folded(readPage(build.outDir, urls.official('unnamed-azerbaijani-defence-ministry-spokesman')).querySelector('.kicker')!.text)).toBe(
      'Unnamed speaker',
    );
  });

  it('lists every source of a claim on its page: outlet, date, headline or that none is recorded, the original and the archived copy or that none is recorded', () => {
    for (const claim of dataset.claims) {
      const items = readPage(build.outDir, urls.claim(claim.id)).querySelectorAll('ol.source-list > li');
      expect(
        items.map((item) =>
          item
            .querySelectorAll('a')
            .find((a) => a.getAttribute('href')!.startsWith('/articles/'))!
            .getAttribute('href'),
        ),
      ).toEqual(expect.arrayContaining(claim.articleIds.map((id) => urls.article(id))));
      expect(items).toHaveLength(claim.articleIds.length);
      for (const item of items) {
        const article = dataset.articlesById.get(item.querySelector('a[href^="/articles/"]')!.getAttribute('href')!.split('/')[2]!)!;
        const hrefs = item.querySelectorAll('a').map((a) => a.getAttribute('href'));
        expect(hrefs).toContain(urls.source(article.data.outlet));
        expect(hrefs).toContain(article.data.url);
        if (article.data.archive) expect(hrefs).toContain(article.data.archive);
        else expect(folded(item.text)).toContain('no archived copy recorded');
        if (!article.hasHeadline) expect(folded(item.text)).toContain('Headline not recorded');
        if (article.retraction) expect(folded(item.text)).toContain('(retracted)');
      }
    }
    const warships = readPage(build.outDir, urls.claim('outside-warships-may-use-azerbaijans-caspian-ports')).querySelector('ol.source-list')!;
    expect(folded(warships.text)).toContain('Headline not recorded');
    expect(folded(warships.text)).toContain('no archived copy recorded');
  });

  it('draws each claim’s statements over time as an SVG with a description and a table of the same counts as the tallies', () => {
    for (const claim of dataset.claims.filter((entry) => entry.timeline.length > 0)) {
      const figure = readPage(build.outDir, urls.claim(claim.id)).querySelector('figure.chart')!;
      const tallied = Object.values(claim.tallies).reduce((sum, count) => sum + count, 0);
      // The table follows the figure (a figure's caption must be its first or last child).
      const table = figure.nextElementSibling?.classList.contains('chart__table') ? figure.nextElementSibling : undefined;
      const rows = (table?.querySelectorAll('table tbody tr') ?? []).map((row) => row.querySelectorAll('td').map((cell) => Number(cell.text)));
      // With no dated statement there is no chart, and the caption says so instead of explaining marks.
      if (rows.length === 0) expect(folded(figure.text)).toContain('No statement on this claim is dated, so there is no chart over time.');
      const undated = /(\d+) statements? that no report dates/.exec(folded(figure.querySelector('figcaption')!.text));
      expect(rows.flat().reduce((sum, count) => sum + count, 0) + Number(undated?.[1] ?? 0), claim.id).toBe(tallied);
      if (rows.length > 0) {
        const svg = figure.querySelector('svg')!;
        expect(svg.getAttribute('role')).toBe('img');
        expect(figure.querySelector(`#${svg.getAttribute('aria-labelledby')!.split(' ')[1]!}`)!.text).toMatch(/dated statements? by (month|quarter|year)/);
        // One mark per dated statement (below the stack's cap), each row its own shape.
        expect(svg.querySelectorAll('.mark').length).toBeGreaterThan(0);
      }
    }
  });

  it('draws each official’s stances by claim and each active claim’s stances on the home page, labelled with the counts', () => {
    const label = (counts: Record<string, number>) =>
      `Statements by stance: ${Object.entries(counts)
        .filter(([, count]) => count > 0)
        .map(([stance, count]) => `${stance.replace('-', ' ')} ${count}`)
        .join(', ')}`;
    for (const official of dataset.officials.filter((entry) => entry.statementsByClaim.length > 0)) {
      const rows = readPage(build.outDir, urls.official(official.id)).querySelectorAll('table.stances-by-claim tbody tr');
      expect(rows, official.id).toHaveLength(official.statementsByClaim.length);
      official.statementsByClaim.forEach((group, index) => {
        const counts = { asserts: 0, denies: 0, 'no-evidence': 0, other: 0 };
        for (const stance of Object.values(group.stanceOf)) counts[stance] += 1;
        expect(rows[index]!.querySelector('svg')!.getAttribute('aria-label')).toBe(label(counts));
        expect(rows[index]!.querySelectorAll('svg .mark')).toHaveLength(group.statementIds.length);
      });
    }
    const home = readPage(build.outDir, urls.home());
    for (const item of home.querySelectorAll('#active ~ ul > li')) {
      const claim = dataset.claimsById.get(item.querySelector('a')!.getAttribute('href')!.split('/')[2]!)!;
      expect(item.querySelector('svg')!.getAttribute('aria-label')).toBe(label(claim.tallies));
    }
  });

  it('marks in the statements index a statement reported only in retracted articles, and gives an article’s headline in its facts', () => {
    const onlyRetracted = dataset.statements.filter((statement) => statement.reports.every((report) => report.retracted));
    expect(onlyRetracted.length).toBeGreaterThan(0);
    const rows = readPage(build.outDir, urls.statements()).querySelectorAll('tbody tr');
    for (const statement of onlyRetracted) {
      const row = rows.find((tr) => tr.querySelector(`a[href="${urls.statement(statement.id)}"]`))!;
      expect(folded(row.text)).toContain('retracted: not counted on its claims');
    }
    const article = dataset.articles.find((entry) => entry.hasHeadline)!;
    expect(facts(readPage(build.outDir, urls.article(article.id)))['Headline']).toBe(`${folded(article.data.headline)} (as the outlet published it)`);
  });

  it('shows the original words and the translation, each with its language and direction', () => {
    const page = readPage(build.outDir, urls.statement('testov-no-commitment-on-foreign-warships'));
    // One report: its words are given once, at the top, not again in the list of reports.
    expect(dataset.statementsById.get('testov-no-commitment-on-foreign-warships')!.reports).toHaveLength(1);
    expect(page.querySelectorAll('#reports ~ ol .quote')).toHaveLength(0);
    const quotes = page.querySelectorAll('main .quote');
    expect(quotes.map((quote) => [quote.getAttribute('lang'), quote.getAttribute('data-form')])).toEqual([
      ['ru', 'translation'],
      ['az', 'verbatim'],
      [undefined, 'translation'],
    ]);
    expect(folded(page.querySelector('main')!.text)).toContain('English translation by this site’s editors, from the Russian quote above:');
  });
});
