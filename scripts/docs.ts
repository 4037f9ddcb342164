// npm run docs: regenerates the field reference in CONTRIBUTING.md from the schemas. A test fails
// when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withFieldReference } from '../src/contributor/field-reference.ts';

const file = path.resolve(import.meta.dirname, '..', 'CONTRIBUTING.md');
writeFileSync(file, withFieldReference(readFileSync(file, 'utf8')));
console.log('wrote the field reference in CONTRIBUTING.md');
