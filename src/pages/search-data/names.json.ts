// The names the site knows, in Latin letters with their skeletons, for matching names typed in another alphabet.
import { nameVocabulary } from '../../site/search-vocabulary.ts';

export const GET = () => Response.json(nameVocabulary());
