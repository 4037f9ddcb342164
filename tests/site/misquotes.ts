// The misquote sweep: no words that a report gives as a paraphrase may stand inside quotation marks
// anywhere the site shows them: page titles, meta tags, JSON-LD, page text, and the records search is built on.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { htmlFiles } from './build-helpers.ts';
import { jsonLdBlocks, jsonStrings } from './json-ld.ts';

/** One piece of output a reader or a machine sees, with where it comes from. */
export interface Output {
  where: string;
  text: string;
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every paraphrase on the site, and every translation of one: words that are not the speaker's. */
export function paraphrasedWords(dataset: Dataset): string[] {
  return dataset.statements.flatMap((statement) =>
    statement.reports.flatMap((report) => (report.form === 'paraphrase' ? [report.text, ...(report.translation ? [report.translation.text] : [])] : [])),
  );
}

/** Page titles, every meta tag, every string of the JSON-LD, the text of every page, and every Pagefind record's content and metadata. */
export function builtOutputs(outDir: string): Output[] {
  const outputs: Output[] = [];
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    const root = parse(html);
    outputs.push({ where: `${file} <title>`, text: root.querySelector('title')?.text ?? '' });
    for (const meta of root.querySelectorAll('meta[content]'))
      outputs.push({ where: `${file} <meta ${meta.getAttribute('property') ?? meta.getAttribute('name')}>`, text: meta.getAttribute('content')! });
    for (const tagged of root.querySelectorAll('[data-pagefind-meta]'))
      outputs.push({ where: `${file} data-pagefind-meta`, text: tagged.getAttribute('data-pagefind-meta')! });
    for (const block of jsonLdBlocks(html)) outputs.push(...jsonStrings(block.data, `${file} JSON-LD `));
    outputs.push({ where: `${file} text`, text: folded(root.querySelector('body')?.text ?? '') });
  }
  const fragments = path.join(outDir, 'pagefind/fragment');
  for (const name of readdirSync(fragments)) {
    const record = JSON.parse(
      gunzipSync(readFileSync(path.join(fragments, name)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as { url: string; content: string; meta: Record<string, string> };
    outputs.push({ where: `search record ${record.url} content`, text: record.content });
    for (const [key, value] of Object.entries(record.meta)) outputs.push({ where: `search record ${record.url} meta.${key}`, text: value });
  }
  return outputs;
}

const openingQuote = /[“"«„‘'‚‹「『]\s*$/;

/** Where a paraphrase (its first 30 characters) follows an opening quotation mark. */
export function misquotes(paraphrases: readonly string[], outputs: readonly Output[]): string[] {
  const probes = [...new Set(paraphrases.map((text) => folded(text).slice(0, 30)))];
  const found: string[] = [];
  for (const { where, text } of outputs) {
    for (const probe of probes) {
      for (let at = text.indexOf(probe); at !== -1; at = text.indexOf(probe, at + 1)) {
        if (openingQuote.test(text.slice(Math.max(0, at - 3), at))) found.push(`${where}: …${text.slice(Math.max(0, at - 20), at + probe.length)}…`);
      }
    }
  }
  return found;
}
