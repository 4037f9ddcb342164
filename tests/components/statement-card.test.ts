// The statement card renders from its view alone: no dataset, no other page.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import StatementCard from '../../src/components/StatementCard.astro';
import type { Report } from '../../src/pipeline/dataset.ts';
import type { StatementCardView } from '../../src/site/statement-views.ts';

const report: Report = {
  articleId: 'a-report',
  outletId: 'an-outlet',
  published: '2026-03-02',
  said: '2026-03-02',
  form: 'paraphrase',
  text: 'The spokesman said no outside navy would use the ports.',
  language: 'en',
  attribution: 'according-to',
  accordingTo: [{ kind: 'words', text: 'a wire' }],
  corrections: [],
  retracted: false,
};

const card: StatementCardView = {
  href: '/statements/a-statement/',
  speaker: { name: 'A Speaker', href: '/officials/a-speaker/', note: ', Spokesperson' },
  said: {
    kind: 'differs',
    accounts: [
      { date: '2026-03-02', outlets: 'Outlet A' },
      { date: '2026-03-03', outlets: 'Outlet B' },
    ],
  },
  stances: [{ stance: 'denies', uncertain: ['The excerpt stops mid-sentence.'], claim: { short: 'A claim', href: '/claims/a-claim/' } }],
  form: 'paraphrase',
  reportLabel: 'in Outlet A’s report, one of 2 reports',
  wording: report,
  chain: [{ text: 'a wire' }, { text: 'Outlet C', href: '/sources/outlet-c/' }],
  retracted: 'the report of Outlet B',
  events: [{ title: 'A call', href: '/events/a-call/' }],
  links: [
    {
      relation: 'contradicts',
      label: 'Contradicted by',
      definition: 'They cannot both be true.',
      href: '/statements/other/',
      name: 'Another: “No.”',
      note: 'One says yes, one says no.',
    },
  ],
  outlets: [
    { name: 'Outlet A', href: '/sources/outlet-a/' },
    { name: 'Outlet B', href: '/sources/outlet-b/' },
  ],
};

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('StatementCard', () => {
  it('shows what its view holds: speaker, differing dates, stance, words as a paraphrase, chain, retraction, event, links, outlets', async () => {
    const container = await AstroContainer.create();
    const html = parse(await container.renderToString(StatementCard, { props: { card } }));
    expect(folded(html.querySelector('h3')!.text)).toBe('A Speaker, Spokesperson');
    expect(folded(html.querySelector('.said-differs')!.text)).toBe('Reports differ: 2 March 2026 in Outlet A · 3 March 2026 in Outlet B');
    expect(folded(html.querySelector('.uncertain')!.text)).toBe('(uncertain: The excerpt stops mid-sentence.)');
    const words = html.querySelector('.statement-text')!;
    expect(words.getAttribute('data-form')).toBe('paraphrase');
    expect(words.text).toBe(report.text);
    expect(folded(html.querySelector('.source-chain')!.text)).toBe('According to a wire, citing Outlet C');
    expect(folded(html.querySelector('.retracted-note')!.text)).toBe('Retracted: the report of Outlet B (see its corrections).');
    expect(html.querySelector('a[href="/events/a-call/"]')!.text).toBe('A call');
    expect(html.querySelector('.statement-links .label')!.getAttribute('title')).toBe('They cannot both be true.');
    expect(html.querySelectorAll('a[href^="/sources/outlet-"]').map((link) => link.text)).toEqual(['Outlet C', 'Outlet A', 'Outlet B']);
  });

  it('leads with the date on the speaker’s own page, and leaves out what its view does not have', async () => {
    const container = await AstroContainer.create();
    const { chain: _chain, retracted: _retracted, ...rest } = card;
    const plain: StatementCardView = { ...rest, said: { kind: 'agreed', date: 'unknown' }, links: [], events: [] };
    const html = parse(await container.renderToString(StatementCard, { props: { card: plain, hideSpeaker: true, headingLevel: 4 } }));
    expect(folded(html.querySelector('h4')!.text)).toBe('Date not stated');
    for (const absent of ['.statement-links', '.source-chain', '.retracted-note']) expect(html.querySelector(absent), absent).toBeNull();
  });
});
