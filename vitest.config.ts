import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Components render with Astro's own Vite config, in a project of their own. The node project's files
    // share their workers (a fresh worker per file cost ~0.4 s each, and each file imported src/ anew):
    // on an idle 2-core machine the run took 213 s against 240–249 s. A file that needs a module read anew
    // (one that reads the environment when imported) resets the modules first (tests/unit/search-records.test.ts).
    projects: [
      { extends: true, test: { name: 'node', isolate: false, exclude: ['tests/components/**', 'node_modules/**'] } },
      'tests/components/vitest.config.ts',
    ],
    // A run id, so the sites several files read are built once per run (tests/site/shared-sites.ts).
    globalSetup: ['tests/global-setup.ts'],
    // Measured on an idle 2-core machine: no test over 40 s; the shared sites build in about 8 s (the good
    // fixture) and 40 s (the large content) in a hook. Four times that, with room, for a busy machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Two files at a time on 2 cores: the browser tests wait on Chromium while unit tests run beside them.
    maxWorkers: 2,
  },
});
