import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHtmlFiles } from '../site/built-pages.ts';
import { headersFile, metaPolicy, sitePolicy } from '../site/security-headers.ts';

/** The policy <meta> sits in the first few KB of a page's head; a page without it there is read whole. */
const headBytes = 16 * 1024;

/**
 * Writes `_headers` into the built site: public/_headers (copied by Astro) with the Content-Security-Policy
 * of the built pages added, so a host that reads the file sends the policy as a header as well, with
 * `frame-ancestors 'none'` that a <meta> cannot carry.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'claim-tracker:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = path.join(outDir, '_headers');
        if (!existsSync(file)) throw new Error('public/_headers was not copied into the built site');
        const policies = new Set<string>();
        // In a fixed order: the joined policy lists sources in the order first seen, and a build must give the same file twice.
        for (const page of builtHtmlFiles(outDir)) {
          const policy = metaPolicy(await pageHead(path.join(outDir, page)));
          if (policy === undefined) throw new Error(`${page} has no Content-Security-Policy <meta>`);
          policies.add(policy);
        }
        await writeFile(file, headersFile(await readFile(file, 'utf8'), sitePolicy(policies)));
        logger.info(
          `_headers: the Content-Security-Policy of every page (${policies.size === 1 ? 'one policy' : `${policies.size} policies, joined`}) as a header`,
        );
      },
    },
  };
}

async function pageHead(page: string): Promise<string> {
  const handle = await open(page);
  try {
    const buffer = Buffer.alloc(headBytes);
    const { bytesRead } = await handle.read(buffer, 0, headBytes, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    return metaPolicy(head) === undefined && bytesRead === headBytes ? readFile(page, 'utf8') : head;
  } finally {
    await handle.close();
  }
}
