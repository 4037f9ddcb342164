import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // The site build test runs `astro build` on the fixture content: give it room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
