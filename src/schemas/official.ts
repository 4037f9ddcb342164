import { z } from 'zod';
import { choiceOf, countryCodeSchema, idSchema, textSchema } from './common.ts';
import { partialDateSchema } from './date.ts';
import { ruleParams } from './hints.ts';

export const roleSchema = z.strictObject({
  title: textSchema.describe('The office as sources give it (`President of Azerbaijan`).'),
  from: partialDateSchema.optional().describe('When they took it, if a source says; without `to`, the role runs until now.'),
  to: partialDateSchema.optional().describe('When they left it, if they have.'),
  attested: z
    .union([partialDateSchema, z.array(partialDateSchema).min(1)])
    .optional()
    .describe(
      'Dates sources show them in this role, when start and end are not known (`2026-02`, or a list): the role covers the time between the first and the last.',
    ),
});

/** Who is speaking. */
export const officialKinds = {
  person: 'A named person.',
  institution: 'A body that speaks when no person is named (a ministry, a government, "Iran\'s security agencies").',
  unnamed: 'A speaker the reports describe without naming ("an Israeli defence official", "a ministry spokesman"); the description stands in for a name.',
} as const;

export type OfficialKind = keyof typeof officialKinds;

/** Frontmatter of `content/officials/<id>.md`: a person, an institution or an unnamed speaker. */
export const officialSchema = z.strictObject({
  name: textSchema
    .refine((name) => !/^(unknown|unnamed|n\/a|none|todo)$/i.test(name), { message: 'not a name', params: ruleParams('name-unknown') })
    .describe('The name in English as most outlets write it; for an unnamed speaker, the description the reports give.'),
  kind: choiceOf(officialKinds).describe('A person, an institution, or an unnamed speaker (see Kinds of speaker).'),
  country: countryCodeSchema.optional().describe('The country they speak for, ISO 3166-1 alpha-2; leave out when no source says.'),
  roles: z.array(roleSchema).default([]).describe('Offices held, with dates where known; an institution or unnamed speaker may have none.'),
  aliases: z.array(textSchema).default([]).describe("Other spellings and names, including in the official's own language."),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { message: 'not a Wikidata id' })
    .optional()
    .describe('The Wikidata item (`Q123`), if there is one.'),
  distinctFrom: z
    .array(idSchema)
    .default([])
    .describe(
      'Ids of other officials whose names read the same as this one (the check for a speaker entered twice names them) but who are different people or bodies.',
    ),
});

export type OfficialData = z.infer<typeof officialSchema>;
export type Role = z.infer<typeof roleSchema>;
