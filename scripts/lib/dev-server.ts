// `astro dev` on a content folder, as a contributor runs it: used by the tests and the benchmark.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { projectRoot } from './build-site.ts';

export interface DevServer {
  /** Where it serves, like `http://127.0.0.1:43210`. */
  origin: string;
  /** What it has printed so far. */
  output(): string;
  /** Stops it and waits until it has exited. */
  close(): Promise<void>;
}

/** A port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Starts `astro dev` on the content folder and waits until it serves `firstPath` (it optimises dependencies and loads the content first). */
export async function startDevServer(contentDir: string, firstPath: string): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    // As a contributor runs it: vitest's NODE_ENV=test and VITEST variables make Astro serve nothing.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
      CLAIM_TRACKER_CONTENT: contentDir,
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: DevServer = {
    origin,
    output: () => output,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    },
  };
  for (const started = Date.now(); Date.now() - started < 240_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (child.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
    const status = await fetch(`${origin}${firstPath}`, { signal: AbortSignal.timeout(60_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return server;
  }
  await server.close();
  throw new Error(`astro dev did not serve ${firstPath} within 4 minutes:\n${output}`);
}
