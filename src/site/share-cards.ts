// What the image shown with a shared link (Open Graph, `og:image`) says, for a claim and for a statement:
// the claim's status, the claim or the stance in our words, the speaker and the date. Built from the same
// words as the page's heading, so the card quotes no one; its alt text says the same in a sentence.
// The image itself is drawn after the build (src/integrations/share-cards.ts) from this description.
import { createHash } from 'node:crypto';
import fontRanges from '@fontsource/noto-sans/unicode.json' with { type: 'json' };
import type { Claim, Dataset, Statement } from '../pipeline/dataset.ts';
import type { ClaimStatus } from '../schemas/status.ts';
import { describeKnownDate } from '../lib/known-date.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { countOf } from '../lib/text.ts';
import { statusLabels } from './labels.ts';
import { statementHeading } from './names.ts';

/** Everything one share card shows, and where its image is. */
export interface ShareCard {
  /**
   * The image's path from the site root, `/share/claims/<id>-<hash>.png`: the hash of what the card shows,
   * so a changed card gets a new address and link previews that keep images by address show the new one.
   */
  path: string;
  /** What the card is of, shown small at its top. */
  kind: 'Claim' | 'Statement';
  /**
   * The status shown on the card, with the words beside its mark (`Denied`, or `Claim: Denied` on a
   * statement's card, for the claim it bears on first); absent for a statement that bears on no claim.
   */
  verdict?: { status: ClaimStatus; text: string };
  /** The large line, in our words: the claim's short form, or who took which stance on which claim. */
  title: string;
  /** Smaller lines below it: when it was said, how many statements, who reported it. */
  lines: string[];
  /** The card as a sentence, for `og:image:alt`. */
  alt: string;
}

/** Bump when the drawing changes (src/integrations/share-card-image.ts): every card then gets a new address. */
const drawingVersion = 'share card drawing 1';

/**
 * False when the build is told not to draw cards (`CLAIM_TRACKER_SHARE_CARDS=off`): a card takes about
 * 50 ms to draw, so a cold build of 20,000 statements spends minutes on them. Pages then name no image.
 */
export const shareCardsDrawn = process.env.CLAIM_TRACKER_SHARE_CARDS !== 'off';

/** Width and height of every card, in pixels: the size link previews show large (1.91:1). */
export const shareCardSize = { width: 1200, height: 630 } as const;

/** Scripts the card's font (Noto Sans: Latin, Greek, Cyrillic, Vietnamese) draws; Devanagari needs shaping the renderer lacks. */
export const drawnSubsets = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;

const drawnRanges: [number, number][] = drawnSubsets.flatMap((subset) =>
  fontRanges[subset].split(',').map((range): [number, number] => {
    const [from, to = from] = range.replace('U+', '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  }),
);

/** True when the font draws every character of the text: a card never shows a name with letters missing. */
export function isDrawable(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (!drawnRanges.some(([from, to]) => code >= from && code <= to)) return false;
  }
  return true;
}

function finished(folder: string, id: string, card: Omit<ShareCard, 'alt' | 'path'>): ShareCard | undefined {
  const hash = createHash('sha256').update(drawingVersion).update(JSON.stringify(card)).digest('base64url').slice(0, 10);
  const path = `/share/${folder}/${id}-${hash}.png`;
  if (!shareCardsDrawn) return undefined;
  const status = card.verdict && `Status${card.kind === 'Statement' ? ' of the claim' : ''}: ${statusLabels[card.verdict.status]}. `;
  const alt = `${card.kind} card from Claim Tracker. ${card.title}. ${status ?? ''}${card.lines.join('. ')}.`;
  return [card.title, card.verdict?.text ?? '', ...card.lines].every(isDrawable) ? { ...card, path, alt } : undefined;
}

/** A claim's card: its status, its short form, its statements and since when the status holds. Undefined when the font cannot draw it. */
export function claimShareCard(claim: Claim): ShareCard | undefined {
  const statements = claim.timeline.length;
  return finished('claims', claim.id, {
    kind: 'Claim',
    verdict: { status: claim.status, text: statusLabels[claim.status] },
    title: claim.data.short,
    lines: [
      `Status since ${formatPartialDate(claim.statusSince)}`,
      statements === 0 ? 'No statements recorded yet' : `${countOf(statements, 'statement')} recorded`,
    ],
  });
}

/** When a statement was said, as the card gives it: the reports' date, or that they differ. */
function saidLine(statement: Statement): string {
  if (statement.said.kind === 'differs') return 'Reports differ on when it was said';
  const described = describeKnownDate(statement.said.date);
  if (statement.said.date === 'unknown') return 'Date not stated in the reports';
  return `Said ${described.text}${described.inferred ? ' (inferred: not stated in the reports)' : ''}`;
}

/** Who reported it: the first outlet by name, or only how many when the font cannot draw its name (`כרמל היום`). */
function reportedLine(first: string, others: string[]): string {
  if (!isDrawable(first)) return `Reported by ${countOf(others.length + 1, 'outlet')}`;
  return `Reported by ${first}${others.length === 0 ? '' : ` and ${countOf(others.length, 'other outlet')}`}`;
}

/**
 * A statement's card: the stance in our words and the claim's status (or, bearing on no claim, `Statement
 * by …`), when it was said and who reported it. Undefined when the font cannot draw it.
 */
export function statementShareCard(dataset: Dataset, statement: Statement): ShareCard | undefined {
  const first = statement.claims[0] && dataset.claimsById.get(statement.claims[0].claimId)!;
  const outlets = statement.outletIds.map((id) => dataset.sourcesById.get(id)!.data.name);
  const [firstOutlet, ...otherOutlets] = [...new Set(outlets)];
  return finished('statements', statement.id, {
    kind: 'Statement',
    ...(first === undefined ? {} : { verdict: { status: first.status, text: `Claim: ${statusLabels[first.status]}` } }),
    title: statementHeading(dataset, statement),
    lines: [saidLine(statement), reportedLine(firstOutlet!, otherOutlets)],
  });
}

/** Every card the site has: one per claim and one per statement the font can draw. */
export function shareCards(dataset: Dataset): ShareCard[] {
  return [
    ...dataset.claims.flatMap((claim) => claimShareCard(claim) ?? []),
    ...dataset.statements.flatMap((statement) => statementShareCard(dataset, statement) ?? []),
  ];
}
