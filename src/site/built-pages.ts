// The HTML files of a built site, as every reader of `dist/` lists them (the security headers, the site
// check, the bench, the tests): relative to the output folder, `/`-separated, sorted, so a result built
// from them is the same on every run.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every HTML file under the built site's folder, relative to it. */
export function builtHtmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}
