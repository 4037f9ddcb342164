// The whole record as one SQLite file, written with Node's built-in node:sqlite: a table per collection,
// a table per list inside a record, foreign keys between them, and indexes on what researchers join by.
// Opens in Datasette or any SQLite client: plain tables, not STRICT ones, which SQLite before 3.37 (2021; still
// in some Pythons that Datasette runs on) cannot open. Rows go in by id, so unchanged content gives the same file.
import { rmSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import type { DateRecord, OpenData } from './records.ts';

/** The columns a date becomes, each with the prefix (`said`, `saidPrecision`, …), as in the CSV. */
const dateColumns = (prefix: string) =>
  `${prefix} TEXT, ${prefix}Precision TEXT, ${prefix}Known TEXT, ${prefix}NotBefore TEXT, ${prefix}NotAfter TEXT, ${prefix}Basis TEXT, ${prefix}BasisUrl TEXT`;
const dateValues = (date: DateRecord | null) =>
  date === null
    ? [null, null, 'differs between reports', null, null, null, null]
    : [date.date, date.precision, date.known, date.notBefore, date.notAfter, date.basis, date.basisUrl];

/** The schema: `meta` says which version and day the file holds. */
export const sqliteSchema = `
CREATE TABLE meta (schemaVersion TEXT NOT NULL, asOf TEXT NOT NULL);
CREATE TABLE claims (id TEXT PRIMARY KEY, url TEXT NOT NULL, proposition TEXT NOT NULL, short TEXT NOT NULL, status TEXT NOT NULL, statusSince TEXT NOT NULL,
  summaryHtml TEXT NOT NULL, asserts INTEGER NOT NULL, denies INTEGER NOT NULL, noEvidence INTEGER NOT NULL, other INTEGER NOT NULL,
  firstReportArticleId TEXT REFERENCES articles(id), latestReportArticleId TEXT REFERENCES articles(id), lastUpdated TEXT NOT NULL);
CREATE TABLE claimCountries (claimId TEXT NOT NULL REFERENCES claims(id), country TEXT NOT NULL, PRIMARY KEY (claimId, country));
CREATE TABLE statusChanges (claimId TEXT NOT NULL REFERENCES claims(id), position INTEGER NOT NULL, date TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL,
  PRIMARY KEY (claimId, position));
CREATE TABLE officials (id TEXT PRIMARY KEY, url TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, wikidata TEXT, lastUpdated TEXT);
CREATE TABLE officialRoles (officialId TEXT NOT NULL REFERENCES officials(id), position INTEGER NOT NULL, title TEXT NOT NULL, "from" TEXT, "to" TEXT,
  attested TEXT, PRIMARY KEY (officialId, position));
CREATE TABLE officialAliases (officialId TEXT NOT NULL REFERENCES officials(id), alias TEXT NOT NULL);
CREATE TABLE outlets (id TEXT PRIMARY KEY, url TEXT NOT NULL, name TEXT NOT NULL, homepage TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, countryBasis TEXT,
  languages TEXT, lastUpdated TEXT);
CREATE TABLE articles (id TEXT PRIMARY KEY, url TEXT NOT NULL, originalUrl TEXT NOT NULL, archiveUrl TEXT, outletId TEXT NOT NULL REFERENCES outlets(id),
  headline TEXT, ${dateColumns('published')}, accessed TEXT NOT NULL, language TEXT NOT NULL, authors TEXT, retracted INTEGER NOT NULL);
CREATE TABLE events (id TEXT PRIMARY KEY, url TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL, ${dateColumns('date')}, place TEXT,
  descriptionHtml TEXT NOT NULL);
CREATE TABLE eventParticipants (eventId TEXT NOT NULL REFERENCES events(id), officialId TEXT NOT NULL REFERENCES officials(id),
  PRIMARY KEY (eventId, officialId));
CREATE TABLE statements (id TEXT PRIMARY KEY, url TEXT NOT NULL, speakerKind TEXT NOT NULL, speakerOfficialId TEXT REFERENCES officials(id),
  speakerOutletId TEXT REFERENCES outlets(id), speakerName TEXT NOT NULL, speakerRoles TEXT, ${dateColumns('said')}, earliestDay TEXT, lastUpdated TEXT NOT NULL);
CREATE TABLE statementClaims (statementId TEXT NOT NULL REFERENCES statements(id), claimId TEXT NOT NULL REFERENCES claims(id), stance TEXT NOT NULL,
  uncertain TEXT, PRIMARY KEY (statementId, claimId));
CREATE TABLE reports (statementId TEXT NOT NULL REFERENCES statements(id), articleId TEXT NOT NULL REFERENCES articles(id),
  outletId TEXT NOT NULL REFERENCES outlets(id), position INTEGER NOT NULL, ${dateColumns('said')}, form TEXT NOT NULL, text TEXT NOT NULL,
  language TEXT NOT NULL, originalText TEXT, originalLanguage TEXT, translationText TEXT, translationLanguage TEXT, translationBy TEXT,
  attribution TEXT NOT NULL, passage TEXT, venue TEXT, occasion TEXT, eventId TEXT REFERENCES events(id), retracted INTEGER NOT NULL,
  PRIMARY KEY (statementId, articleId));
CREATE TABLE reportChain (statementId TEXT NOT NULL, articleId TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL,
  officialId TEXT REFERENCES officials(id), outletId TEXT REFERENCES outlets(id), words TEXT,
  PRIMARY KEY (statementId, articleId, position), FOREIGN KEY (statementId, articleId) REFERENCES reports(statementId, articleId));
CREATE TABLE statementRelations (statementId TEXT NOT NULL REFERENCES statements(id), otherStatementId TEXT NOT NULL REFERENCES statements(id),
  relation TEXT NOT NULL, note TEXT NOT NULL);
CREATE TABLE corrections (targetKind TEXT NOT NULL, targetId TEXT NOT NULL, articleId TEXT REFERENCES articles(id), date TEXT NOT NULL, kind TEXT NOT NULL,
  "by" TEXT NOT NULL, note TEXT NOT NULL);
CREATE INDEX articlesByOutlet ON articles(outletId);
CREATE INDEX statementsBySpeakerOfficial ON statements(speakerOfficialId);
CREATE INDEX statementsBySpeakerOutlet ON statements(speakerOutletId);
CREATE INDEX statementsBySaid ON statements(earliestDay);
CREATE INDEX statementClaimsByClaim ON statementClaims(claimId, stance);
CREATE INDEX reportsByArticle ON reports(articleId);
CREATE INDEX reportsByOutlet ON reports(outletId);
CREATE INDEX eventParticipantsByOfficial ON eventParticipants(officialId);
CREATE INDEX correctionsByTarget ON corrections(targetKind, targetId);
`;

/** A list kept in one column: its items joined by a line break (none when empty). */
const joined = (items: readonly string[]) => (items.length === 0 ? null : items.join('\n'));

/** Writes the record to a new SQLite file at `file` (replacing one there). */
export async function writeSqlite(data: OpenData, file: string, version: string): Promise<void> {
  const { DatabaseSync: Database } = await import('node:sqlite');
  rmSync(file, { force: true });
  const db: DatabaseSync = new Database(file);
  try {
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;');
    db.exec(sqliteSchema);
    db.exec('BEGIN');
    const insert = (table: string, values: unknown[]) => {
      let statement = statements.get(table);
      if (!statement) statements.set(table, (statement = db.prepare(`INSERT INTO ${table} VALUES (${values.map(() => '?').join(', ')})`)));
      statement.run(...(values.map((value) => (typeof value === 'boolean' ? Number(value) : value)) as (string | number | null)[]));
    };
    const statements = new Map<string, ReturnType<DatabaseSync['prepare']>>();
    insert('meta', [version, data.asOf]);
    for (const outlet of data.outlets)
      insert('outlets', [
        outlet.id,
        outlet.url,
        outlet.name,
        outlet.homepage,
        outlet.kind,
        outlet.country,
        outlet.countryBasis,
        joined(outlet.languages),
        outlet.lastUpdated,
      ]);
    for (const official of data.officials) {
      insert('officials', [official.id, official.url, official.name, official.kind, official.country, official.wikidata, official.lastUpdated]);
      official.roles.forEach((role, position) => insert('officialRoles', [official.id, position, role.title, role.from, role.to, joined(role.attested)]));
      for (const alias of official.aliases) insert('officialAliases', [official.id, alias]);
    }
    for (const article of data.articles)
      insert('articles', [
        article.id,
        article.url,
        article.originalUrl,
        article.archiveUrl,
        article.outletId,
        article.headline,
        ...dateValues(article.published),
        article.accessed,
        article.language,
        joined(article.authors),
        article.retracted,
      ]);
    for (const claim of data.claims) {
      const { asserts, denies, other } = claim.tallies;
      insert('claims', [
        claim.id,
        claim.url,
        claim.proposition,
        claim.short,
        claim.status,
        claim.statusSince,
        claim.summaryHtml,
        asserts,
        denies,
        claim.tallies['no-evidence'],
        other,
        claim.firstReportArticleId,
        claim.latestReportArticleId,
        claim.lastUpdated,
      ]);
      for (const country of claim.countries) insert('claimCountries', [claim.id, country]);
      claim.statusHistory.forEach((change, position) => insert('statusChanges', [claim.id, position, change.date, change.status, change.reason]));
    }
    for (const event of data.events) {
      insert('events', [event.id, event.url, event.title, event.kind, ...dateValues(event.date), event.place, event.descriptionHtml]);
      for (const officialId of event.participantIds) insert('eventParticipants', [event.id, officialId]);
    }
    for (const statement of data.statements) {
      const official = statement.speakerKind === 'official' ? statement.speakerId : null;
      const outlet = statement.speakerKind === 'outlet' ? statement.speakerId : null;
      insert('statements', [
        statement.id,
        statement.url,
        statement.speakerKind,
        official,
        outlet,
        statement.speakerName,
        joined(statement.speakerRoles),
        ...dateValues(statement.said),
        statement.earliestDay,
        statement.lastUpdated,
      ]);
    }
    // Links between statements, after every statement is in (a relation may name a later id).
    for (const statement of data.statements) {
      for (const claim of statement.claims) insert('statementClaims', [statement.id, claim.claimId, claim.stance, joined(claim.uncertain)]);
      statement.reports.forEach((report, position) => {
        insert('reports', [
          statement.id,
          report.articleId,
          report.outletId,
          position,
          ...dateValues(report.said),
          report.form,
          report.text,
          report.language,
          report.original?.text ?? null,
          report.original?.language ?? null,
          report.translation?.text ?? null,
          report.translation?.language ?? null,
          report.translation?.by ?? null,
          report.attribution,
          report.passage,
          report.venue,
          report.occasion,
          report.eventId,
          report.retracted,
        ]);
        report.accordingTo.forEach((link, linkPosition) =>
          insert('reportChain', [
            statement.id,
            report.articleId,
            linkPosition,
            link.kind,
            link.kind === 'official' ? link.id : null,
            link.kind === 'outlet' ? link.id : null,
            link.text,
          ]),
        );
      });
      for (const link of statement.related)
        if (link.direction === 'declared') insert('statementRelations', [statement.id, link.statementId, link.relation, link.note]);
    }
    for (const correction of data.corrections)
      insert('corrections', [
        correction.targetKind,
        correction.targetId,
        correction.articleId,
        correction.date,
        correction.kind,
        correction.by,
        correction.note,
      ]);
    db.exec('COMMIT');
    const broken = db.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw new Error(`The SQLite export has ${broken.length} rows whose reference is missing: ${JSON.stringify(broken.slice(0, 5))}`);
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}

/** The tables of the SQLite file with their columns, read from the schema itself (for the /data/ page). */
export async function sqliteTables(): Promise<{ name: string; columns: string[] }[]> {
  const { DatabaseSync: Database } = await import('node:sqlite');
  const db: DatabaseSync = new Database(':memory:');
  try {
    db.exec(sqliteSchema);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid").all() as { name: string }[];
    return tables.map(({ name }) => ({ name, columns: (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((column) => column.name) }));
  } finally {
    db.close();
  }
}
