import { z } from 'zod';
import { countryCodeSchema, textSchema } from './common.ts';
import { partialDateSchema } from './date.ts';

export const roleSchema = z.strictObject({
  /** The office as sources give it (`President of Azerbaijan`). */
  title: textSchema,
  /** When they took it, if a source says. */
  from: partialDateSchema.optional(),
  /** When they left it, if they have. */
  to: partialDateSchema.optional(),
  /** A date a source shows them in this role, when start and end are not known (`2026-02`). */
  attested: partialDateSchema.optional(),
});

/** Frontmatter of `content/officials/<id>.md`: a person or an institution that speaks. */
export const officialSchema = z.strictObject({
  /** The name in English as most outlets write it. */
  name: textSchema,
  /** person | institution (an institution speaks when no person is named, e.g. "Iran's security agencies"). */
  kind: z.enum(['person', 'institution']),
  /** The country they speak for, ISO 3166-1 alpha-2. */
  country: countryCodeSchema,
  /** Offices held, with dates where known; an institution may have none. */
  roles: z.array(roleSchema).default([]),
  /** Other spellings and names, including in the official's own language. */
  aliases: z.array(textSchema).default([]),
  /** The Wikidata item (`Q123`), if there is one. */
  wikidata: z.string().regex(/^Q[1-9]\d*$/, { message: 'not a Wikidata id' }).optional(),
});

export type OfficialData = z.infer<typeof officialSchema>;
export type Role = z.infer<typeof roleSchema>;
