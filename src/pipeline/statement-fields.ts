// Reading the fields of a statement that can be written more than one way.
import type { AccordingToLink, SpeakerData } from '../schemas/statement.ts';

/** The links of `accordingTo`, one or a list, as a list. */
export function accordingToLinks(value: AccordingToLink | AccordingToLink[] | undefined): AccordingToLink[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A speaker as the kind of file it names and the id: an official's id, or `{ outlet }`. */
export function speakerTarget(speaker: SpeakerData): { kind: 'official' | 'source'; id: string } {
  return typeof speaker === 'string' ? { kind: 'official', id: speaker } : { kind: 'source', id: speaker.outlet };
}
