// The pages the browser tests visit: one of each type on the good fixture, with the hardest content,
// and the hardest pages of the large generated site. Shared by the axe tests and the page tests.
import type { BrowserContext, Page } from 'playwright-core';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { urls } from '../../src/site/urls.ts';

/** On the large site: the longest timeline, the longest name, right-to-left and Cyrillic articles, the big indexes and outlet. */
export function largePageTypes(largeDataset: Dataset): [string, string][] {
  const busiest = [...largeDataset.claims].sort((a, b) => b.timeline.length - a.timeline.length)[0]!;
  const longestName = [...largeDataset.officials].sort((a, b) => b.data.name.length - a.data.name.length)[0]!;
  const inLanguage = (language: string) => largeDataset.articles.find((article) => article.data.language === language)!;
  const busiestOutlet = [...largeDataset.sources].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
  return [
    ['large: home', urls.home()],
    ['large: claim with the longest timeline', urls.claim(busiest.id)],
    ['large: official with the longest name', urls.official(longestName.id)],
    ['large: Hebrew article', urls.article(inLanguage('he').id)],
    ['large: statements index', urls.statements()],
    ['large: country', urls.country('AZ')],
    ['large: outlet with the most articles', urls.source(busiestOutlet.id)],
    ['large: official with the most statements', urls.official([...largeDataset.officials].sort((a, b) => b.statementCount - a.statementCount)[0]!.id)],
    ['large: statements that outlet carried, page 2', `${urls.source(busiestOutlet.id)}statements/2/`],
  ];
}

/** One page of each type, plus the pages with the hardest content (right-to-left text, opposite stances). */
export function pageTypes(dataset: Dataset): [string, string][] {
  const rtl = dataset.statements.find((statement) => statement.reports.some((report) => ['fa', 'ar', 'he'].includes(report.language)))!;
  const inconsistent = dataset.officials.find((official) => official.oppositeStanceClaimIds.length > 0)!;
  const busiestClaim = [...dataset.claims].sort((a, b) => b.timeline.length - a.timeline.length)[0]!;
  const merged = dataset.statements.find((statement) => statement.reports.length > 1)!;
  return [
    ['home', urls.home()],
    ['claim', urls.claim(busiestClaim.id)],
    ['claim (accounts that disagree)', urls.claim('outside-warships-may-use-azerbaijans-caspian-ports')],
    ['event (two readouts side by side)', urls.event('testov-nemoudar-call')],
    ['statement (reports differ, contradicted, one report retracted)', urls.statement('testov-assures-no-outside-warships-in-azerbaijani-ports')],
    ['statement (original words and a translation)', urls.statement('testov-no-commitment-on-foreign-warships')],
    ['article (retracted)', urls.article('baku-silent-on-warships')],
    ['article (headline not recorded)', urls.article('azerbaijan-no-commitment-on-warships')],
    ['official (unnamed speaker)', urls.official('unnamed-azerbaijani-defence-ministry-spokesman')],
    ['source (relayed by others)', urls.source('iran-navy-test-bulletin')],
    ['statement (two reports)', urls.statement(merged.id)],
    ['statement (right-to-left)', urls.statement(rtl.id)],
    ['article', urls.article(dataset.articles[0]!.id)],
    ['official (opposite stances)', urls.official(inconsistent.id)],
    ['source', urls.source(dataset.sources[0]!.id)],
    ['country', urls.country(dataset.countries[0]!.code)],
    ['claims index', urls.claims()],
    ['statements index', urls.statements()],
    ['articles index', urls.articles()],
    ['officials index', urls.officials()],
    ['sources index', urls.sources()],
    ['countries index', urls.countries()],
    ['about', urls.about()],
    ['methodology', urls.methodology()],
    ['corrections', urls.corrections()],
    ['contribute', urls.contribute()],
    ['contributor guide', urls.contributorGuide()],
    ['open data', urls.data()],
    ['not found', '/no-such-page/'],
  ];
}

/** Opens a page in a context, collecting console errors. */
export async function open(context: BrowserContext, path: string, origin: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${path}`);
  return { page, errors };
}
