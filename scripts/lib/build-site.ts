// `astro build` on a content folder into an output folder, as `npm run build` would: used by the tests
// and the benchmark.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildOutcome {
  exitCode: number;
  output: string;
  outDir: string;
}

/** Runs `astro build` on a content folder into its own output folder, as `npm run build` would. */
export async function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): Promise<BuildOutcome> {
  const absoluteOut = path.resolve(projectRoot, outDir);
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [astroBin, 'build'], {
      cwd: projectRoot,
      // A local build knows no repository unless the test gives one, as the deploy workflow does.
      env: {
        ...process.env,
        REPOSITORY_URL: '',
        ...env,
        CLAIM_TRACKER_CONTENT: contentDir,
        CLAIM_TRACKER_OUT_DIR: absoluteOut,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { exitCode: 0, output: stdout + stderr, outDir: absoluteOut };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: failed.code ?? 1, output: (failed.stdout ?? '') + (failed.stderr ?? ''), outDir: absoluteOut };
  }
}
