import { z } from 'zod';
import { choiceOf, countryCodeSchema, httpUrlSchema, idSchema, languageTagSchema, textSchema } from './common.ts';
import { ruleParams } from './hints.ts';

/** What kind of outlet a source is. */
export const sourceKinds = {
  'news-agency': 'A wire service selling news to other outlets.',
  'state-media': 'An outlet owned or controlled by a state.',
  'private-outlet': 'A privately owned newspaper, broadcaster or news site.',
  'aggregator-blog': 'A blog or site that rewrites or collects reports from other outlets.',
  government: 'A government body publishing its own statements; its articles are readouts.',
  unknown: 'No source we have says who owns or runs it.',
} as const;

export type SourceKind = keyof typeof sourceKinds;

/** A country no source states but that we infer, with how we know. */
export const inferredCountrySchema = z.strictObject({
  code: countryCodeSchema.describe('The country, ISO 3166-1 alpha-2.'),
  basis: textSchema.describe('How we know, in one sentence a reader can check (its address page, its domain, its language).'),
  basisUrl: httpUrlSchema.optional().describe('Link to where it comes from, if it is a page.'),
});

/** Frontmatter of `content/sources/<id>.md`: an outlet that publishes articles. */
export const sourceSchema = z.strictObject({
  name: textSchema
    .refine((name) => !/^(unknown|unnamed|n\/a|none|todo)$/i.test(name), { message: 'not a name', params: ruleParams('name-unknown') })
    .describe("The outlet's name as it writes it."),
  homepage: httpUrlSchema.describe('Its home page.'),
  country: z
    .union([countryCodeSchema, inferredCountrySchema])
    .optional()
    .describe('Where it is based: a code (`IR`) when a source says, `{ code, basis }` when inferred; leave out when unknown.'),
  kind: choiceOf(sourceKinds).describe('What kind of outlet it is (see Kinds of outlet).'),
  languages: z.array(languageTagSchema).min(1).describe('The languages it publishes in, BCP 47.'),
  distinctFrom: z
    .array(idSchema)
    .default([])
    .describe('Ids of other outlets whose names read the same as this one (the check for an outlet entered twice names them) but that are different outlets.'),
});

export type SourceData = z.infer<typeof sourceSchema>;
export type InferredCountry = z.infer<typeof inferredCountrySchema>;

/** The country code of an outlet, stated or inferred. */
export function countryCodeOf(country: SourceData['country']): string | undefined {
  return typeof country === 'object' ? country.code : country;
}
