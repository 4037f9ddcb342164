import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // A run id, so the sites several files read are built once per run (tests/site/shared-sites.ts).
    globalSetup: ['tests/global-setup.ts'],
    // The site build test runs `astro build` on the fixture content: give it room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two files at a time on 2 cores: the browser tests wait on Chromium while unit tests run beside them.
    maxWorkers: 2,
  },
});
