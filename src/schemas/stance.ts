import { choiceOf } from './common.ts';

/** How a statement relates to a claim. Definitions are published on the methodology page. */
export const stances = {
  asserts: 'The speaker says the claim is true.',
  denies: 'The speaker says the claim is false.',
  'no-evidence': 'The speaker says they have seen no evidence for the claim, without calling it false.',
  other: 'The statement bears on the claim without asserting or denying it (a question, a caveat, a refusal to comment).',
} as const;

export type Stance = keyof typeof stances;

/** asserts | denies | no-evidence | other */
export const stanceSchema = choiceOf(stances);
