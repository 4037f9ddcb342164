// @ts-check
import process from 'node:process';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import openData from './src/integrations/open-data.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import setAsideOutput from './src/integrations/set-aside-output.ts';
import shareCardImages from './src/integrations/share-cards.ts';

// Tests build fixture content into their own folder; a normal build uses content/ and dist/.
const contentDir = process.env.CLAIM_TRACKER_CONTENT ?? 'content';

export default defineConfig({
  // Canonical links, Open Graph URLs and the sitemap need the public address. The production domain
  // is not chosen yet: set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://claim-tracker.example',
  outDir: process.env.CLAIM_TRACKER_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Four pages rendered at a time: the main thread otherwise waits on each page's file write. 10k
  // generated articles (32,675 pages), pages phase 53 s against 79 s one at a time, measured back to back.
  build: { format: 'directory', concurrency: 4 },
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  experimental: { contentIntellisense: true },
  // Astro renders no Markdown of ours (src/pipeline/render.ts does); Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page, with hashes of Astro's own scripts and styles.
  // Pagefind compiles WebAssembly ('wasm-unsafe-eval') and searches in a same-origin worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    setAsideOutput(),
    contentCheck({ contentDir }),
    sitemap({ filter: (page) => !page.endsWith('/search/') }),
    shareCardImages({ contentDir }),
    securityHeaders(),
    openData({ contentDir }),
    pagefindIndex({ contentDir }),
  ],
});
