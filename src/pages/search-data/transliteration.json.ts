// The transliteration table the search page loads when a query has letters of another alphabet.
import { transliterationTable } from '../../site/search-vocabulary.ts';

export const GET = () => Response.json(transliterationTable());
