// The HTTP headers a static host sends with the site (Netlify's and Cloudflare Pages' `_headers` file).
// The fixed ones are written in public/_headers; the Content-Security-Policy is the one Astro puts in each
// page's <meta> (its hashes change with our scripts), sent as a header too, with what a <meta> cannot say.

/** Directives a <meta> policy cannot carry (browsers ignore them there), added to the header's policy. */
const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** Reads the policy out of a page's `<meta http-equiv="content-security-policy">`, or undefined without one. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * One policy for every page: each directive with every source any page allows (Astro gives each page the
 * hashes of the scripts and styles it has), in the order first seen, plus the header-only directives.
 */
export function sitePolicy(pagePolicies: Iterable<string>): string {
  const directives = new Map<string, string[]>();
  for (const policy of pagePolicies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      directives.set(name, known);
    }
  }
  if (directives.size === 0) throw new Error('no page has a Content-Security-Policy <meta>: is security.csp set in astro.config.mjs?');
  const written = [...directives].map(([name, sources]) => [name, ...sources].join(' '));
  return [...written, ...headerOnlyDirectives].join('; ');
}

/** The `_headers` file: the fixed headers for every path, with the site's Content-Security-Policy among them. */
export function headersFile(fixedHeaders: string, policy: string): string {
  const lines = fixedHeaders.split('\n');
  const everyPath = lines.findIndex((line) => line.trim() === '/*');
  if (everyPath === -1) throw new Error('public/_headers has no "/*" section for the headers every page gets');
  const kept = lines.filter((line) => !/^\s+Content-Security-Policy:/i.test(line));
  const at = kept.findIndex((line) => line.trim() === '/*') + 1;
  kept.splice(at, 0, `  Content-Security-Policy: ${policy}`);
  return kept.join('\n');
}

/** The headers a `_headers` file gives a path: its `/*` and exact-path sections, in order (what the test server sends). */
export function headersForPath(file: string, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      applies = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
      continue;
    }
    if (!applies) continue;
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}
