import { z } from 'zod';
import { choiceOf, countryCodeSchema, httpUrlSchema, languageTagSchema, textSchema } from './common.ts';

/** What kind of outlet a source is. */
export const sourceKinds = {
  'news-agency': 'A wire service selling news to other outlets.',
  'state-media': 'An outlet owned or controlled by a state.',
  'private-outlet': 'A privately owned newspaper, broadcaster or news site.',
  'aggregator-blog': 'A blog or site that rewrites or collects reports from other outlets.',
  government: 'A government body publishing its own statements.',
  unknown: 'No source we have says who owns or runs it.',
} as const;

export type SourceKind = keyof typeof sourceKinds;

/** Frontmatter of `content/sources/<id>.md`: an outlet that publishes articles. */
export const sourceSchema = z.strictObject({
  name: textSchema.describe('The outlet\'s name as it writes it.'),
  homepage: httpUrlSchema.describe('Its home page.'),
  country: countryCodeSchema.optional().describe('Where it is based, ISO 3166-1 alpha-2; leave out when no source says.'),
  kind: choiceOf(sourceKinds).describe('What kind of outlet it is (see Kinds of outlet).'),
  languages: z.array(languageTagSchema).min(1).describe('The languages it publishes in, BCP 47.'),
});

export type SourceData = z.infer<typeof sourceSchema>;
