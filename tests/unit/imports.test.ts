// The direction of the code: no import cycles in src/ or scripts/, and nothing there imports from tests/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Every TypeScript and Astro file under a folder, relative to the project root. */
function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro)$/.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')));
}

/** The project files a file imports (relative specifiers only; type-only imports count too). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
}

const files = [...sourceFiles('src'), ...sourceFiles('scripts')];
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('imports', () => {
  it('read the whole of src/ and scripts/', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(graph.get('src/pipeline/check-files.ts')).toContain('src/pipeline/validate.ts');
  });

  it('never reach into tests/ from src/ or scripts/', () => {
    const intoTests = [...graph].flatMap(([file, targets]) => targets.filter((target) => target.startsWith('tests/')).map((target) => `${file} → ${target}`));
    expect(intoTests).toEqual([]);
  });

  it('keep the build hooks from loading the content when the config is read (src/site/dataset.ts loads it on import)', () => {
    // The content check reports the content's problems itself; loading it while Astro reads its config fails with "Unable to load your Astro config".
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const target of graph.get(file) ?? []) walk(target);
    };
    for (const file of files.filter((file) => file.startsWith('src/integrations/'))) walk(file);
    expect(reached.has('src/integrations/pagefind.ts')).toBe(true);
    expect([...reached].filter((file) => file === 'src/site/dataset.ts')).toEqual([]);
  });

  it('keep the changed-files check from loading linking and rendering: it imports them only when it has to check everything', () => {
    const staticImportsOf = (file: string) =>
      // Type-only imports are erased: they load nothing.
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gms)].map((match) =>
        path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)),
      );
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file) || !graph.has(file)) return;
      reached.add(file);
      for (const target of staticImportsOf(file)) walk(target);
    };
    walk('src/pipeline/load-changed.ts');
    expect(reached).toContain('src/pipeline/validate.ts');
    expect([...reached].filter((file) => ['src/pipeline/index.ts', 'src/pipeline/link.ts', 'src/pipeline/render.ts'].includes(file))).toEqual([]);
    // The full check it falls back to is the one that links.
    expect(graph.get('src/pipeline/load-changed.ts')).toContain('src/pipeline/index.ts');
  });

  it('form no cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) if (graph.has(target)) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
