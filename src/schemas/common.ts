import { z } from 'zod';
import { isCountryCode } from '../lib/countries.ts';
import { isLanguageTag } from '../lib/languages.ts';
import { editorDefinitions, editorPattern, ruleParams } from './hints.ts';

const idPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const idRegExp = new RegExp(idPattern);

/**
 * A permanent id: the lowercase slug of a name (`ilham-aliyev`, `tehran-times`). Not digits alone, which
 * are the numbered pages of a list (`/statements/2/`), and not `index`.
 */
export const idSchema = z
  .string()
  .refine((value) => idRegExp.test(value), { message: 'not an id', params: ruleParams('id') })
  .refine((value) => !/^\d+$/.test(value) && value !== 'index', {
    message: 'an id a page of the site already has (a numbered page of a list, or `index`)',
    params: ruleParams('id-route'),
  })
  .meta(editorPattern(idPattern, 'id'));

/**
 * An absolute http or https link to a public host name: every URL field takes this one schema. Not an IP
 * address or `localhost` (the host must be a domain name), and no user name before the host, which can
 * disguise where a link leads (`https://presstv.ir@evil.example/`).
 */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'not an http(s) URL to a public host name' })
  .refine(
    (value) => {
      const url = URL.parse(value);
      return url === null || (url.username === '' && url.password === '');
    },
    { message: 'a link with a user name before the host', params: ruleParams('url-userinfo') },
  )
  .meta(editorPattern('^https?://', 'url'));

/** An ISO 3166-1 alpha-2 country code in capitals (`AZ`, `IR`, `IL`). */
export const countryCodeSchema = z
  .string()
  .refine(isCountryCode, { message: 'not an ISO 3166-1 country code', params: ruleParams('country') })
  .meta(editorPattern('^[A-Z]{2}$', 'country'));

/** A BCP 47 language tag (`en`, `fa`, `az-Latn`). */
export const languageTagSchema = z
  .string()
  .refine(isLanguageTag, { message: 'not a BCP 47 language tag', params: ruleParams('language') })
  .meta(editorPattern('^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'language'));

/** Text that must not be empty. */
export const textSchema = z.string().trim().min(1);

/** One of a set of named values; the editor shows each value's definition as it completes it. */
export function choiceOf<const Definitions extends Record<string, string>>(definitions: Definitions) {
  const values = Object.keys(definitions) as [keyof Definitions & string, ...(keyof Definitions & string)[]];
  return z.enum(values).meta(editorDefinitions(definitions));
}
