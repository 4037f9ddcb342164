import { z } from 'zod';
import { choiceOf } from './common.ts';

/** The published scale a claim's status is taken from, with what each step means. */
export const claimStatuses = {
  unsubstantiated: 'Asserted, but no evidence has been offered, and no party concerned has answered it.',
  disputed: 'Parties with knowledge of the matter make conflicting statements about it; none is settled by evidence.',
  denied: 'A party concerned has publicly denied it, and no evidence for it has been published.',
  corroborated: 'Independent sources or documents support it, but it is not established beyond doubt.',
  confirmed: 'Established by the party concerned or by conclusive public evidence.',
  false: 'Shown to be untrue by conclusive public evidence.',
} as const;

export type ClaimStatus = keyof typeof claimStatuses;

/** unsubstantiated | disputed | denied | corroborated | confirmed | false */
export const claimStatusSchema = z.union([
  choiceOf(claimStatuses),
  // YAML reads a bare `false` as a boolean; here it is the status of that name.
  z.literal(false).transform(() => 'false' as const),
]);

/**
 * Each status as a number, for the markup fact-check tools read (schema.org ClaimReview's rating): ordered from
 * shown untrue (1) to established (5); the three statuses that settle nothing share the middle (a denial by a party
 * concerned is not evidence that a claim is false, so Denied is not rated below them; 2 is not used). Published on
 * the methodology page, and the status's own name goes with each number. The numbers rate a claim, never a speaker.
 */
export const claimStatusRatings = {
  worst: 1,
  best: 5,
  values: { false: 1, denied: 3, unsubstantiated: 3, disputed: 3, corroborated: 4, confirmed: 5 },
} as const satisfies { worst: number; best: number; values: Record<ClaimStatus, number> };
