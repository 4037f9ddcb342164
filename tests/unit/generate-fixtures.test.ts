// The fixture generator: its content passes validation, has what browser, search and benchmark
// tests rely on, and is the same for the same seed; at ten times the size it still validates (its
// time is printed, not asserted: speed is measured by npm run bench).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { defaultGenerateOptions, generateContent, searchTargets, type GeneratedFile } from '../../scripts/fixtures/generate-content.ts';
import { buildFromFiles } from '../../src/pipeline/index.ts';
import { formatIssue } from '../../src/pipeline/issues.ts';
import { latestDay } from '../../src/lib/known-date.ts';
import { isRightToLeft } from '../../src/lib/languages.ts';

const today = '2026-11-22';

function build(files: readonly GeneratedFile[]): Dataset {
  const result = buildFromFiles(
    files.map((file) => ({ file: `content/${file.pathInContent}`, pathInContent: file.pathInContent, text: file.text })),
    today,
  );
  // Print every issue, so a failure says what to fix.
  expect(result.issues.map(formatIssue).join('\n')).toBe('');
  expect(result.dataset).toBeDefined();
  return result.dataset!;
}

const textsOf = (dataset: Dataset, id: string) => dataset.statementsById.get(id)!.reports.map((report) => report.text);

describe('generated content (60 claims, 360 statements, seed 1)', () => {
  let files: GeneratedFile[];
  let dataset: Dataset;

  beforeAll(() => {
    files = generateContent(defaultGenerateOptions);
    dataset = build(files);
  });

  it('has exactly the requested number of claims and statements, in at least 8 countries', () => {
    expect(dataset.claims).toHaveLength(60);
    expect(dataset.statements).toHaveLength(360);
    expect(dataset.countries.length).toBeGreaterThanOrEqual(8);
    expect(dataset.countries.map((country) => country.code)).toEqual(expect.arrayContaining(['AZ', 'IR', 'IL', 'RU', 'GE', 'AM', 'TR', 'UA']));
    for (const country of dataset.countries) {
      const kinds = new Set(country.officialIds.map((id) => dataset.officialsById.get(id)!.data.kind));
      expect(kinds, country.code).toEqual(new Set(['person', 'institution']));
    }
  });

  it('has statements reported twice, officials who assert and deny the same claim, and claims without statements', () => {
    const twice = dataset.statements.filter((statement) => statement.reports.length >= 2);
    expect(twice.length).toBeGreaterThanOrEqual(20);
    for (const statement of twice) expect(new Set(statement.reports.map((report) => report.articleId)).size).toBe(statement.reports.length);
    expect(dataset.officials.filter((official) => official.oppositeStanceClaimIds.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(dataset.claims.filter((claim) => claim.timeline.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('writes in several languages and scripts, right to left included', () => {
    const reportLanguages = new Set(dataset.statements.flatMap((statement) => statement.reports.map((report) => report.language)));
    for (const language of ['en', 'fa', 'ar', 'he', 'ru', 'uk']) expect(reportLanguages, language).toContain(language);
    const articleLanguages = dataset.articles.map((article) => article.data.language);
    const english = articleLanguages.filter((language) => language === 'en').length;
    for (const language of ['ru', 'uk', 'fa', 'ar', 'he']) {
      const count = articleLanguages.filter((l) => l === language).length;
      expect(count, language).toBeGreaterThan(0);
      expect(english).toBeGreaterThan(count);
    }
    expect(articleLanguages.filter(isRightToLeft).length).toBeGreaterThan(0);
    // Quotes in the speaker's own language inside an article in another carry `language`.
    const originals = dataset.articles.flatMap((article) =>
      article.data.statements.filter((s) => s.form === 'verbatim' && s.language !== undefined && s.language !== article.data.language),
    );
    expect(originals.length).toBeGreaterThan(0);
    const aliases = dataset.officials.flatMap((official) => official.data.aliases);
    expect(aliases.some((alias) => /\p{Script=Cyrillic}/u.test(alias))).toBe(true);
    expect(aliases.some((alias) => /\p{Script=Arabic}/u.test(alias))).toBe(true);
    expect(aliases.some((alias) => /\p{Script=Hebrew}/u.test(alias))).toBe(true);
  });

  it('uses every stance, form, attribution and kind of date, and sources of every kind', () => {
    const links = dataset.statements.flatMap((statement) => statement.claims);
    expect(new Set(links.map((link) => link.stance))).toEqual(new Set(['asserts', 'denies', 'no-evidence', 'other']));
    const reports = dataset.statements.flatMap((statement) => statement.reports);
    expect(new Set(reports.map((report) => report.form))).toEqual(new Set(['verbatim', 'paraphrase', 'translation']));
    expect(new Set(reports.map((report) => report.attribution))).toEqual(new Set(['direct', 'according-to']));
    expect(reports.some((report) => report.passage !== undefined)).toBe(true);
    expect(reports.some((report) => report.context?.venue !== undefined)).toBe(true);
    expect(reports.some((report) => report.context?.occasion !== undefined)).toBe(true);

    const kindOf = (date: (typeof dataset.statements)[number]['reports'][number]['said']) =>
      date === 'unknown'
        ? 'unknown'
        : typeof date === 'object'
          ? date.date !== undefined
            ? 'inferred'
            : 'bounded'
          : ({ 4: 'year', 7: 'month', 10: 'day' } as Record<number, string>)[date.length];
    const dateKinds = new Set([
      ...dataset.statements.flatMap((s) => s.reports.map((report) => kindOf(report.said))),
      ...dataset.articles.map((a) => kindOf(a.data.published)),
    ]);
    expect(dateKinds).toEqual(new Set(['day', 'month', 'year', 'unknown', 'inferred', 'bounded']));

    const sourceKinds = new Map<string, number>();
    for (const source of dataset.sources) sourceKinds.set(source.data.kind, (sourceKinds.get(source.data.kind) ?? 0) + 1);
    expect([...sourceKinds.keys()].sort()).toEqual(['aggregator-blog', 'government', 'news-agency', 'private-outlet', 'state-media']);
    for (const count of sourceKinds.values()) expect(count).toBeGreaterThanOrEqual(10);
  });

  it('gives officials roles with start, end and attested dates, and puts some articles in year folders', () => {
    const roles = dataset.officials.flatMap((official) => official.data.roles);
    for (const key of ['from', 'to', 'attested'] as const)
      expect(
        roles.some((role) => role[key] !== undefined),
        key,
      ).toBe(true);
    expect(dataset.articles.some((article) => /^content\/articles\/[^/]+\/\d{4}\//.test(article.file))).toBe(true);
  });

  it('keeps dates in order: statements before their articles, nothing after 2026-11-01', () => {
    for (const statement of dataset.statements) {
      const said = statement.earliestDay;
      for (const report of statement.reports) {
        const published = latestDay(report.published);
        if (said !== undefined && published !== undefined) expect(said <= published, statement.id).toBe(true);
      }
      if (said !== undefined) expect(said <= '2026-11-01').toBe(true);
    }
    for (const article of dataset.articles) expect(article.data.accessed <= '2026-11-01').toBe(true);
    for (const claim of dataset.claims) {
      expect(claim.data.statusHistory.length).toBeGreaterThanOrEqual(1);
      expect(claim.data.statusHistory.length).toBeLessThanOrEqual(3);
      expect(claim.statusSince <= '2026-11-01').toBe(true);
    }
  });

  it('has long names and claim short forms near the limit', () => {
    const shorts = dataset.claims.map((claim) => claim.data.short.length);
    expect(Math.max(...shorts)).toBeLessThan(75);
    expect(shorts.filter((length) => length >= 70).length).toBeGreaterThanOrEqual(3);
    expect(dataset.officials.filter((official) => official.data.name.length > 60).length).toBeGreaterThanOrEqual(2);
  });

  it('holds the documented search targets', () => {
    const { official, claim, territoryStatements } = searchTargets;
    expect(dataset.officials.filter((o) => o.data.name === official.name).map((o) => o.id)).toEqual([official.id]);
    const aliyev = dataset.officialsById.get(official.id)!;
    expect(aliyev.data.country).toBe('AZ');
    expect(aliyev.data.aliases).toEqual(expect.arrayContaining(['Aliev', 'İlham Əliyev']));
    expect(dataset.claimsById.get(claim.id)!.data.short).toBe(claim.short);
    expect(dataset.claimsById.get(claim.id)!.data.countries).toEqual(claim.countries);

    // Exactly these statements have "territory" in their text, in some report.
    const withWord = dataset.statements
      .filter((statement) => statement.reports.some((report) => /territor/i.test(report.text)))
      .map((statement) => statement.id);
    expect(withWord.sort()).toEqual(territoryStatements.map((target) => target.id).sort());
    for (const target of territoryStatements) {
      const statement = dataset.statementsById.get(target.id)!;
      expect(statement.speaker.id).toBe(target.speaker);
      expect(dataset.officialsById.get(target.speaker)!.data.country).toBe(target.country);
      expect(statement.claims).toEqual([{ claimId: target.claim, stance: target.stance }]);
      expect(statement.reports).toHaveLength(target.reports);
      expect(textsOf(dataset, target.id).some((text) => /\bterritory\b/.test(text))).toBe(true);
    }
    // Their speakers say nothing else, and nobody else speaks on their claims.
    const speakers = new Set<string>(territoryStatements.map((target) => target.speaker));
    const claims = new Set<string>(territoryStatements.map((target) => target.claim));
    for (const statement of dataset.statements) {
      const targeted = withWord.includes(statement.id);
      expect(speakers.has(statement.speaker.id), statement.id).toBe(targeted);
      expect(
        statement.claims.some((link) => claims.has(link.claimId)),
        statement.id,
      ).toBe(targeted);
    }
    // Aliyev's three statements are the only "territory" statements from AZ.
    const fromAzerbaijan = withWord.filter((id) => dataset.officialsById.get(dataset.statementsById.get(id)!.speaker.id)!.data.country === 'AZ');
    expect(fromAzerbaijan.every((id) => dataset.statementsById.get(id)!.speaker.id === official.id)).toBe(true);
    expect(fromAzerbaijan).toHaveLength(3);
  });

  it('writes no raw HTML and links only to example domains', () => {
    for (const file of files) {
      const body = file.text.split('\n---\n').slice(1).join('\n---\n');
      expect(body, file.pathInContent).not.toMatch(/<[a-z/!]/i);
      for (const match of file.text.matchAll(/https?:\/\/([^/\s)]+)/g)) {
        expect(match[1]!, file.pathInContent).toMatch(/(^|\.)example\.(com|org)$/);
      }
    }
  });

  it('gives the same bytes for the same seed and different content for another seed', () => {
    expect(generateContent(defaultGenerateOptions)).toEqual(files);
    const other = generateContent({ ...defaultGenerateOptions, seed: 2 });
    expect(other).not.toEqual(files);
    const otherDataset = build(other);
    expect(otherDataset.claims).toHaveLength(60);
    expect(otherDataset.statements).toHaveLength(360);
  });

  it('refuses sizes too small for the fixed content', () => {
    expect(() => generateContent({ claims: 5, statements: 360 })).toThrow(RangeError);
    expect(() => generateContent({ claims: 60, statements: 10 })).toThrow(RangeError);
  });
});

describe('generated content at scale', () => {
  it('generates and validates 300 claims and 2000 statements', () => {
    const started = performance.now();
    const files = generateContent({ claims: 300, statements: 2000, seed: 7 });
    const generated = performance.now();
    const dataset = build(files);
    const built = performance.now();
    console.log(
      `300/2000: ${files.length} files, ${dataset.articles.length} articles; generated in ${Math.round(generated - started)} ms, ` +
        `parsed, validated and linked in ${Math.round(built - generated)} ms`,
    );
    expect(dataset.claims).toHaveLength(300);
    expect(dataset.statements).toHaveLength(2000);
    expect(dataset.statements.filter((statement) => statement.reports.length >= 2).length).toBeGreaterThanOrEqual(20);
  });
});
