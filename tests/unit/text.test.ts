// Matching a contributor's words to what they meant: where a quote parts from the article, and "did you mean".
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/pipeline/error-map.ts';
import { firstDifference, normaliseForQuote, truncateWords } from '../../src/lib/text.ts';

const body = normaliseForQuote('Aliyev declared: “Azerbaijan will not allow any threat from its territory.” He added more.');

describe('firstDifference', () => {
  it('finds nothing when the quote is in the text, typographic quotes and spacing aside', () => {
    expect(firstDifference(normaliseForQuote('Azerbaijan  will not allow any threat'), body)).toBeUndefined();
  });

  it('names the first word that differs and the word the text has there', () => {
    expect(firstDifference('Azerbaijan will not permit any threat', body)).toEqual({ matched: 'Azerbaijan will not', quoted: 'permit', found: 'allow' });
  });

  it('says when no opening word is in the text, when the text ends first, and when the place is uncertain', () => {
    expect(firstDifference('Baku will not allow', body)).toEqual({ matched: '', quoted: 'Baku', found: undefined });
    expect(firstDifference('He added more. And more', body)).toEqual({ matched: 'He added more.', quoted: 'And', found: undefined });
    // "will" occurs twice: the quote's next word is known, the body's word at that place is not.
    expect(firstDifference('will never', `${body} It will rain.`)).toEqual({ matched: 'will', quoted: 'never', found: undefined });
  });
});

describe('closest (the "did you mean")', () => {
  const stances = ['asserts', 'denies', 'no-evidence', 'other'];
  it('suggests the value a misspelt, cut short or inflected word was meant to be, and nothing for another word', () => {
    expect(closest('denyed', stances)).toBe('denies');
    expect(closest('deny', stances)).toBe('denies');
    expect(closest('ilham', ['ilham-aliyev', 'abbas-araghchi'])).toBe('ilham-aliyev');
    expect(closest('rejects', stances)).toBeUndefined();
    expect(closest('no', stances)).toBeUndefined();
  });
});

describe('truncateWords', () => {
  it('cuts at the end of a word when one is near, and leaves short text alone', () => {
    expect(truncateWords('commitment to strengthening Iran’s security.', 40)).toBe('commitment to strengthening Iran’s…');
    expect(truncateWords('short', 40)).toBe('short');
    // No space near the limit: a cut inside the word, still marked.
    expect(truncateWords('Donaudampfschifffahrtsgesellschaftskapitän', 20)).toBe('Donaudampfschifffah…');
  });
});
