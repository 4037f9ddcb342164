// Mistakes the pipeline once made, each pinned by the smallest content that showed it.
import { describe, expect, it } from 'vitest';
import { buildFromFiles } from '../../src/pipeline/index.ts';

const today = '2026-11-22';
const source = {
  file: 'content/sources/outlet.md',
  pathInContent: 'sources/outlet.md',
  text: '---\nname: Outlet\nhomepage: https://outlet.example.com/\nkind: private-outlet\nlanguages: [en]\n---\n',
};
const official = { file: 'content/officials/speaker.md', pathInContent: 'officials/speaker.md', text: '---\nname: Speaker\nkind: person\ncountry: AZ\n---\n' };
const claim = (status: string) => ({
  file: 'content/claims/a-thing.md',
  pathInContent: 'claims/a-thing.md',
  text: `---\nproposition: A thing happened.\nshort: A thing happened\ncountries: [AZ]\nstatusHistory:\n  - date: 2026-01-01\n    status: ${status}\n    reason: Because.\n---\nSummary.\n`,
});
const article = (body: string) => ({
  file: 'content/articles/outlet/report.md',
  pathInContent: 'articles/outlet/report.md',
  text: `---\nheadline: Report\nurl: https://outlet.example.com/report\noutlet: outlet\npublished: 2026-02-01\naccessed: 2026-11-22\nlanguage: en\nstatements:\n  - id: speaker-says-no-threat\n    speaker: speaker\n    said: 2026-02-01\n    claims:\n      - claim: a-thing\n        stance: denies\n    form: verbatim\n    text: There will be no threat from our territory.\n    attribution: direct\n---\n${body}\n`,
});

describe('regressions', () => {
  it('finds a verbatim quote across a hard line break in the body, and anchors its paragraph', () => {
    for (const body of ['He said: “There will be no threat  \nfrom our territory.”', 'He said: “There will be no threat\\\nfrom our territory.”']) {
      const result = buildFromFiles([source, official, claim('denied'), article(body)], today);
      expect(result.issues).toEqual([]);
      expect(result.dataset!.articles[0]!.passageAnchors.get('speaker-says-no-threat')).toBe('p1');
    }
  });

  it('reads a bare `status: false` as the status called false, not as a boolean', () => {
    const result = buildFromFiles([source, official, claim('false'), article('He said: “There will be no threat from our territory.”')], today);
    expect(result.issues).toEqual([]);
    expect(result.dataset!.claims[0]!.status).toBe('false');
  });
});
