import type { CorrectionKind } from '../schemas/correction.ts';
import type { EventKind } from '../schemas/event.ts';
import { attributions, statementForms, type StatementRelation } from '../schemas/statement.ts';
import { sourceKinds } from '../schemas/source.ts';
import type { Stance } from '../schemas/stance.ts';
import type { ClaimStatus } from '../schemas/status.ts';

/** Words a reader sees for each coded value; the definitions live beside the schemas. */
export const stanceLabels: Record<Stance, string> = {
  asserts: 'Asserts',
  denies: 'Denies',
  'no-evidence': 'No evidence',
  other: 'Other',
};

/**
 * A glyph beside each stance word, so stances differ in shape as well as colour: the shapes of the marks
 * in the charts (src/components/StanceMark.astro), so a reader learns one set. (A "·" for other read as a
 * stray separator, and "∅" looked like the ⊘ of a denied claim.)
 */
export const stanceGlyphs: Record<Stance, string> = {
  asserts: '▲',
  denies: '▼',
  'no-evidence': '○',
  other: '□',
};

export const statusLabels: Record<ClaimStatus, string> = {
  unsubstantiated: 'Unsubstantiated',
  disputed: 'Disputed',
  denied: 'Denied',
  corroborated: 'Corroborated',
  confirmed: 'Confirmed',
  false: 'False',
};

/** A mark for each status, so that no two look alike without colour: shown beside the word, hidden from screen readers. */
export const statusGlyphs: Record<ClaimStatus, string> = {
  unsubstantiated: '?',
  disputed: '⇄',
  denied: '⊘',
  corroborated: '◐',
  confirmed: '✓',
  false: '✗',
};

export const formLabels: Record<keyof typeof statementForms, string> = {
  verbatim: 'Direct quote',
  paraphrase: 'Paraphrase',
  translation: 'Quoted in translation',
};

export const attributionLabels: Record<keyof typeof attributions, string> = {
  direct: 'Reported directly',
  'according-to': 'According to',
};

export const sourceKindLabels: Record<keyof typeof sourceKinds, string> = {
  'news-agency': 'News agency',
  'state-media': 'State media',
  'private-outlet': 'Private outlet',
  'aggregator-blog': 'Aggregator or blog',
  government: 'Government',
  unknown: 'Kind not known',
};

export const correctionKindLabels: Record<CorrectionKind, string> = {
  correction: 'Corrected',
  update: 'Updated',
  retraction: 'Retracted',
};

export const eventKindLabels: Record<EventKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  visit: 'Visit',
  'press-conference': 'Press conference',
  interview: 'Interview',
  speech: 'Speech or address',
  other: 'Event',
};

/** How a relation reads from the statement that declares it, and from the one it names. */
export const relationLabels: Record<StatementRelation, { declared: string; received: string }> = {
  contradicts: { declared: 'Contradicts', received: 'Contradicted by' },
  disputes: { declared: 'Disputes', received: 'Disputed by' },
  'same-remark': { declared: 'Same remark as', received: 'Same remark as' },
};

/** What kind of page a search result is, in the reader's words (Pagefind's `type` filter). */
export const typeLabels = {
  claim: 'Claim',
  statement: 'Statement',
  article: 'Article',
  official: 'Official',
  source: 'Outlet',
  event: 'Event',
  country: 'Country',
} as const;
export type SearchType = keyof typeof typeLabels;

/** The site's name, as pages, feeds, share cards and markup give it. */
export const siteName = 'Claim Tracker';

/** Who made a correction, after its kind (`Corrected by the outlet`). */
export const correctionByWords = { outlet: 'by the outlet', editors: 'by our editors' } as const;
