import { z } from 'zod';
import { isCountryCode } from '../lib/countries.ts';
import { isLanguageTag } from '../lib/languages.ts';

/** A permanent id: the lowercase slug of a name (`ilham-aliyev`, `tehran-times`). */
export const idSchema = z
  .string()
  .refine((value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), { message: 'not an id', params: { rule: 'id' } })
  .meta({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });

/** An absolute http or https link. */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'not an http(s) URL' })
  .meta({ pattern: '^https?://' });

/** An ISO 3166-1 alpha-2 country code in capitals (`AZ`, `IR`, `IL`). */
export const countryCodeSchema = z
  .string()
  .refine(isCountryCode, { message: 'not an ISO 3166-1 country code', params: { rule: 'country' } })
  .meta({ pattern: '^[A-Z]{2}$' });

/** A BCP 47 language tag (`en`, `fa`, `az-Latn`). */
export const languageTagSchema = z
  .string()
  .refine(isLanguageTag, { message: 'not a BCP 47 language tag', params: { rule: 'language' } })
  .meta({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' });

/** Text that must not be empty. */
export const textSchema = z.string().trim().min(1);
