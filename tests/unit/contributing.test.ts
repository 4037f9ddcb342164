// CONTRIBUTING.md's field reference is generated from the schemas; it must never drift from them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldReference, withFieldReference } from '../../src/contributor/field-reference.ts';

const guide = readFileSync(path.resolve(import.meta.dirname, '../../CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md', () => {
  it('carries the current field reference (run `npm run docs` after changing a schema)', () => {
    expect(guide).toBe(withFieldReference(guide));
  });

  it('documents every field the validator knows, with its meaning, and every stance and status', () => {
    const reference = fieldReference();
    for (const field of ['`statements[].speaker`', '`statements[].said.basis`', '`statusHistory[].reason`', '`roles[].attested`', '`languages`']) {
      expect(reference).toContain(field);
    }
    for (const value of ['`no-evidence`', '`according-to`', '`unsubstantiated`', '`aggregator-blog`']) expect(reference).toContain(value);
    expect(reference).not.toMatch(/\| \|\n/);
  });
});
