import { attributions, statementForms } from '../schemas/statement.ts';
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

/** A glyph beside each stance word, so stances differ in shape as well as colour. */
export const stanceGlyphs: Record<Stance, string> = {
  asserts: '+',
  denies: '−',
  'no-evidence': '∅',
  other: '·',
};

export const statusLabels: Record<ClaimStatus, string> = {
  unsubstantiated: 'Unsubstantiated',
  disputed: 'Disputed',
  denied: 'Denied',
  corroborated: 'Corroborated',
  confirmed: 'Confirmed',
  false: 'False',
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
