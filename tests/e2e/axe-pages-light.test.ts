// axe on every page type in light mode, and a check that the axe check can fail. Dark mode: axe-pages-dark.test.ts.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { axePageTests, darkModeRules } from './axe-pages.ts';

const { browser } = await axePageTests('light');

describe('the axe check', () => {
  it('finds violations where there are some, also with the dark-mode rules only', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.setContent('<html><body><img src="/x.png"><a href="/"></a></body></html>');
    const found = await axeViolations(page);
    expect(found.some((violation) => violation.startsWith('image-alt'))).toBe(true);
    expect(found.some((violation) => violation.startsWith('link-name'))).toBe(true);
    await page.setContent('<html lang="en"><body><main><h1>Title</h1><p style="color:#777;background:#888">Grey on grey</p></main></body></html>');
    expect(await axeViolations(page, darkModeRules)).toEqual([expect.stringMatching(/^color-contrast/)]);
    await context.close();
  });
});
