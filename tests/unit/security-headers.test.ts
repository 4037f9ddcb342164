import { describe, expect, it } from 'vitest';
import { headersFile, headersForPath, metaPolicy, sitePolicy } from '../../src/site/security-headers.ts';

describe('the security headers file', () => {
  it('reads a page’s policy from its <meta>', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-A='"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-A='");
    expect(metaPolicy('<head><title>x</title></head>')).toBeUndefined();
  });

  it('joins the pages’ policies, each source once, and adds what only a header can say', () => {
    const policy = sitePolicy(["default-src 'self'; script-src 'self' 'sha256-A='", "default-src 'self'; script-src 'self' 'sha256-B='; style-src 'self'"]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-A=' 'sha256-B='; style-src 'self'; frame-ancestors 'none'");
    expect(() => sitePolicy([])).toThrow(/no page has a Content-Security-Policy/);
  });

  it('puts the policy under "/*", replacing an older one, and keeps the fixed headers', () => {
    const fixed = '# comment\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: old\n';
    const file = headersFile(fixed, "default-src 'self'");
    expect(file).toBe("# comment\n/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n");
    expect(() => headersFile('/search/\n  A: b\n', 'x')).toThrow(/no "\/\*" section/);
  });

  it('gives a path the headers of every section that matches it', () => {
    const file = '/*\n  A: 1\n  B: 2\n/search/\n  B: 3\n/data/*\n  C: 4\n';
    expect(headersForPath(file, '/claims/x/')).toEqual({ a: '1', b: '2' });
    expect(headersForPath(file, '/search/')).toEqual({ a: '1', b: '3' });
    expect(headersForPath(file, '/data/claims.csv')).toEqual({ a: '1', b: '2', c: '4' });
  });
});
