import { z } from 'zod';
import { choiceOf, countryCodeSchema, textSchema } from './common.ts';
import { partialDateSchema } from './date.ts';

export const roleSchema = z.strictObject({
  title: textSchema.describe('The office as sources give it (`President of Azerbaijan`).'),
  from: partialDateSchema.optional().describe('When they took it, if a source says.'),
  to: partialDateSchema.optional().describe('When they left it, if they have.'),
  attested: partialDateSchema.optional().describe('A date a source shows them in this role, when start and end are not known (`2026-02`).'),
});

/** Who is speaking. */
export const officialKinds = {
  person: 'A named person.',
  institution: 'A body that speaks when no person is named (a ministry, a government, "Iran\'s security agencies").',
} as const;

/** Frontmatter of `content/officials/<id>.md`: a person or an institution that speaks. */
export const officialSchema = z.strictObject({
  name: textSchema.describe('The name in English as most outlets write it.'),
  kind: choiceOf(officialKinds).describe('A person, or an institution when no person is named (see Kinds of speaker).'),
  country: countryCodeSchema.describe('The country they speak for, ISO 3166-1 alpha-2.'),
  roles: z.array(roleSchema).default([]).describe('Offices held, with dates where known; an institution may have none.'),
  aliases: z.array(textSchema).default([]).describe('Other spellings and names, including in the official\'s own language.'),
  wikidata: z.string().regex(/^Q[1-9]\d*$/, { message: 'not a Wikidata id' }).optional().describe('The Wikidata item (`Q123`), if there is one.'),
});

export type OfficialData = z.infer<typeof officialSchema>;
export type Role = z.infer<typeof roleSchema>;
