import { z } from 'zod';
import { choiceOf, idSchema, textSchema } from './common.ts';
import { knownDateSchema } from './date.ts';

/** What kind of occasion an event is. */
export const eventKinds = {
  meeting: 'People met in person (a reception, talks, a summit).',
  call: 'A telephone or video call.',
  visit: 'A visit of one side to another, which may include several meetings.',
  'press-conference': 'A press conference or briefing.',
  interview: 'An interview given to an outlet.',
  speech: 'A speech, address or published statement to the public.',
  other: 'Any other occasion; the title says what it was.',
} as const;

export type EventKind = keyof typeof eventKinds;

/**
 * Frontmatter of `content/events/<id>.md`: one occasion on which statements were made (a meeting, a
 * call, a visit), so that every account of it can be set side by side. The body describes it.
 */
export const eventSchema = z.strictObject({
  title: textSchema.describe('What happened, in neutral words of our own (`Ilham Aliyev receives Iran’s defence minister`).'),
  kind: choiceOf(eventKinds).describe('What kind of occasion it was (see Kinds of event).'),
  date: knownDateSchema.describe('When it took place: a date, `unknown`, or an inferred date with its basis.'),
  place: textSchema.optional().describe('Where it took place, as a source gives it; leave out when no source says.'),
  participants: z.array(idSchema).min(1).describe('Who took part: ids of files in content/officials/.'),
});

export type EventData = z.infer<typeof eventSchema>;
