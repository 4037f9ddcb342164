// Components rendered alone with Astro's Container API: Astro's Vite config compiles `.astro` files.
// Without the second argument the HTML carries the dev toolbar's `data-astro-source-*` attributes.
import path from 'node:path';
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  { root: path.resolve(import.meta.dirname, '../..'), test: { name: 'components', environment: 'node', include: ['tests/components/**/*.test.ts'] } },
  { devToolbar: { enabled: false } },
);
