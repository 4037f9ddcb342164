// The hostile strings of tests/fixtures/xss/ (public corpora, licences beside them), by source: 1,218 in all.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const xssDir = path.resolve(import.meta.dirname, 'fixtures/xss');

function markdownItCases(): string[] {
  // Cases are: a line ".", the input, a line ".", the expected output, a line ".".
  const lines = readFileSync(path.join(xssDir, 'markdown-it-xss.txt'), 'utf8').split('\n');
  const inputs: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (lines[index] !== '.') continue;
    const end = lines.indexOf('.', index + 1);
    const close = lines.indexOf('.', end + 1);
    inputs.push(lines.slice(index + 1, end).join('\n'));
    index = close;
  }
  return inputs;
}

function lineCorpus(file: string): string[] {
  return readFileSync(path.join(xssDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

function jsonCorpus<T>(file: string, pick: (entry: T) => string): string[] {
  return (JSON.parse(readFileSync(path.join(xssDir, file), 'utf8')) as T[]).map(pick);
}

/** Every corpus, by name. */
export const xssCorpus: { name: string; payloads: string[] }[] = [
  { name: 'markdown-it xss.txt', payloads: markdownItCases() },
  { name: 'DOMPurify payloads', payloads: jsonCorpus<{ payload: string }>('dompurify-xss-payloads.json', (entry) => entry.payload) },
  { name: 'PayloadsAllTheThings IntrudersXSS', payloads: lineCorpus('patt-IntrudersXSS.txt') },
  { name: 'PayloadsAllTheThings XSS_Polyglots', payloads: lineCorpus('patt-XSS_Polyglots.txt') },
  { name: 'PayloadsAllTheThings MarioXSSVectors', payloads: lineCorpus('patt-MarioXSSVectors.txt') },
  { name: 'Big List of Naughty Strings', payloads: jsonCorpus<string>('blns.json', (entry) => entry).filter((entry) => entry.trim() !== '') },
];
