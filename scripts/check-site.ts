// npm run check-site [-- --out dist --content content]: checks the built site after `npm run build`:
// valid HTML, no event-handler attribute, no script or javascript:/data: address that is not ours, no
// broken internal link or fragment, every sitemap address a page. Each problem names its page and the
// content file the page is built from (file:line:col where the offending text is found there); GitHub
// annotations on Actions. Exits 1 on any problem.
import process from 'node:process';
import { parseArgs } from 'node:util';
import { countOf } from '../src/lib/text.ts';
import { loadContent } from '../src/pipeline/index.ts';
import { checkBuiltSite, type LocatedProblem } from './lib/check-built-site.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, content: { type: 'string', default: 'content' } } });
const root = process.cwd();
const started = performance.now();
const loaded = await loadContent({ root, contentDir: values.content });
if (!loaded.dataset) console.warn(`The content has problems (npm run validate lists them): pages are not mapped to their files.`);
const { pages, problems } = checkBuiltSite({ outDir: values.out, root, contentDir: values.content, ...(loaded.dataset ? { dataset: loaded.dataset } : {}) });

function line(problem: LocatedProblem): string {
  const where = problem.source ? `${problem.source.file}:${problem.source.line}:${problem.source.column}: ` : '';
  return `${where}${problem.page}: ${problem.message} [${problem.rule}]${problem.evidence ? `\n    ${problem.evidence}` : ''}`;
}

for (const problem of problems) {
  console.error(line(problem));
  if (process.env.GITHUB_ACTIONS === 'true' && problem.source) {
    const { file, line: row, column } = problem.source;
    console.log(`::error file=${file},line=${row},col=${column}::${`${problem.page}: ${problem.message}`.replaceAll('%', '%25').replaceAll('\n', '%0A')}`);
  }
}
const took = `${Math.round(performance.now() - started)} ms`;
if (problems.length > 0) {
  console.error(`\n${countOf(problems.length, 'problem')} in ${values.out}/ (${countOf(pages, 'page')} checked, ${took}).`);
  process.exit(1);
}
console.log(
  `${values.out}/: ${countOf(pages, 'page')} checked, no problem (valid HTML, no event handler, no foreign script or unsafe address, no broken link; ${took}).`,
);
