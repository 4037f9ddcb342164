// What each page is filed under for search: every facet of every record kind, on the good fixture.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Records = typeof import('../../src/site/search-records.ts');
type Site = typeof import('../../src/site/dataset.ts');
let records: Records;
let site: Site;

beforeAll(async () => {
  // The site's dataset module reads the content folder named here when it is first imported: imported
  // anew, since the test files share their workers and another may have imported it already.
  vi.stubEnv('CLAIM_TRACKER_CONTENT', 'tests/fixtures/good/content');
  vi.resetModules();
  site = await import('../../src/site/dataset.ts');
  records = await import('../../src/site/search-records.ts');
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const get = <T>(map: Map<string, T>, id: string) => map.get(id)!;

describe('search records', () => {
  it('file a claim under its countries, its speakers’ countries, the officials and outlets on it, and the years of its statements', () => {
    const record = records.claimRecord(get(site.dataset.claimsById, 'outside-warships-may-use-azerbaijans-caspian-ports'));
    expect(record.type).toBe('claim');
    expect(record.filters).toEqual({
      country: ['Azerbaijan', 'Iran'],
      speakerCountry: ['Azerbaijan'],
      official: ['Arif Testov', 'A spokesman for Azerbaijan’s Ministry of Defence'],
      outlet: [
        'Iranian Navy Test Bulletin',
        'Caspian Wire (test)',
        'Test Lens Blog',
        'Azerbaijani Defence Ministry Test Bulletin',
        'Кавказский вестник (Kavkaz Vestnik)',
      ],
      year: ['2026'],
    });
    expect(record.meta).toEqual({ date: 'latest statement 3 March 2026' });
    expect(record.sortDate).toBe('2026-03-03');
    expect(record.alsoKnownAs).toEqual(['Azərbaycan', 'ایران']);
  });

  it('file a statement under its speaker, the countries its claims concern and the speaker’s apart, its stances, outlets and year, titled without a misquote', () => {
    const paraphrase = records.statementRecord(get(site.dataset.statementsById, 'testov-assures-no-outside-warships-in-azerbaijani-ports'));
    expect(paraphrase.filters).toEqual({
      country: ['Azerbaijan', 'Iran'],
      speakerCountry: ['Azerbaijan'],
      official: ['Arif Testov'],
      stance: ['Denies'],
      outlet: ['Iranian Navy Test Bulletin', 'Caspian Wire (test)', 'Test Lens Blog'],
      year: ['2026'],
    });
    expect(paraphrase.meta.title).toBe(
      'Arif Testov, as paraphrased by Iranian Navy Test Bulletin: Testov assured Nemoudar that Azerbaijan would not let warships of countries outside the…',
    );
    expect(paraphrase.meta.date).toBe('said on dates the reports give differently (2 March 2026; 3 March 2026)');
    expect(paraphrase.sortDate).toBe('2026-03-02');
    // An outlet speaking for itself is no official; an undated statement says so and sorts last.
    const editorial = records.statementRecord(get(site.dataset.statementsById, 'test-lens-blog-baku-leaves-door-open'));
    expect(editorial.filters.official).toBeUndefined();
    expect(editorial.filters.country).toEqual(['Azerbaijan', 'Iran']);
    expect(editorial.filters.year).toEqual([]);
    expect(editorial.meta).toMatchObject({
      title: "Test Lens Blog: “Baku's careful silence leaves the door open”",
      date: 'when it was said is not stated',
      byline: 'Test Lens Blog',
    });
    expect(editorial.sortDate).toBe('0000-00-00');
  });

  it('file an article under its outlet, the countries its claims concern, its speakers and their countries, and its year', () => {
    const record = records.articleRecord(get(site.dataset.articlesById, 'nemoudar-testov-call-readout'));
    expect(record.filters).toEqual({
      country: ['Azerbaijan', 'Iran'],
      speakerCountry: ['Azerbaijan', 'Iran'],
      official: ['Arif Testov', 'Dariush Nemoudar'],
      outlet: ['Iranian Navy Test Bulletin'],
      year: ['2026'],
    });
    expect(record.meta).toEqual({ date: 'published 2 March 2026', byline: 'Iranian Navy Test Bulletin' });
    // Not the outlet's country: an Iranian bulletin reporting on Azerbaijan concerns Azerbaijan.
    expect(records.articleRecord(get(site.dataset.articlesById, 'azerbaijan-no-commitment-on-warships')).filters.country).toEqual(['Azerbaijan', 'Iran']);
  });

  it('file officials, outlets, events and countries under their own names and countries', () => {
    expect(records.officialRecord(get(site.dataset.officialsById, 'arif-testov')).filters).toEqual({
      country: ['Azerbaijan'],
      speakerCountry: ['Azerbaijan'],
      official: ['Arif Testov'],
    });
    expect(records.sourceRecord(get(site.dataset.sourcesById, 'caspian-wire-test')).filters).toEqual({
      country: ['Azerbaijan'],
      outlet: ['Caspian Wire (test)'],
    });
    expect(records.sourceRecord(get(site.dataset.sourcesById, 'test-lens-blog')).filters).toEqual({ outlet: ['Test Lens Blog'] });
    const event = records.eventRecord(get(site.dataset.eventsById, 'testov-nemoudar-call'));
    expect(event.filters).toEqual({
      country: ['Azerbaijan', 'Iran'],
      speakerCountry: ['Azerbaijan', 'Iran'],
      official: ['Arif Testov', 'Dariush Nemoudar'],
      outlet: ['Iranian Navy Test Bulletin', 'Azerbaijani Defence Ministry Test Bulletin', 'Caspian Wire (test)'],
      year: ['2026'],
    });
    expect(event.sortDate).toBe('2026-03-02');
    expect(records.countryRecord(get(site.dataset.countriesByCode, 'IR')).filters).toEqual({ country: ['Iran'] });
  });

  it('add other spellings: Arabic-script words folded, names in other alphabets in Latin letters', () => {
    const nemoudar = records.officialRecord(get(site.dataset.officialsById, 'dariush-nemoudar'));
    expect(nemoudar.alsoKnownAs).toContain('داريوش نمودار');
    expect(nemoudar.otherSpellings).toContain('داریوش');
    const testov = records.officialRecord(get(site.dataset.officialsById, 'arif-testov'));
    expect(testov.otherSpellings).toContain('Arif Testov');
    // Arabic script is not transliterated: without short vowels it would be noise.
    expect(nemoudar.otherSpellings.every((spelling) => !/^[a-z ]+$/i.test(spelling))).toBe(true);
  });

  it('label every facet value the search page can put in its address', () => {
    const labels = records.facetLabels();
    expect(Object.keys(labels)).toEqual([...records.facetNames]);
    expect(labels.country.AZ).toBe('Azerbaijan');
    expect(labels.official['unnamed-azerbaijani-defence-ministry-spokesman']).toBe('A spokesman for Azerbaijan’s Ministry of Defence');
    expect(labels.outlet['caspian-wire-test']).toBe('Caspian Wire (test)');
    expect(labels.year).toEqual({ '2026': '2026' });
    expect(labels.type.event).toBe('Event');
  });
});
