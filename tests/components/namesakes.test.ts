// "Not to be confused with" on an official's or outlet's page: each namesake linked, nothing when there is none.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import Namesakes from '../../src/components/Namesakes.astro';

describe('Namesakes', () => {
  it('links each official of a name that reads the same, and renders nothing without one', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Namesakes, {
      props: {
        namesakes: [
          { name: 'Ivan Petrov', href: '/officials/ivan-petrov-2/' },
          { name: 'Иван Петров', href: '/officials/ivan-petrov-3/' },
        ],
      },
    });
    const root = parse(`<dl>${html}</dl>`);
    expect(root.querySelector('dt')!.text).toBe('Not to be confused with');
    expect(root.querySelectorAll('dd a').map((link) => [link.text, link.getAttribute('href')])).toEqual([
      ['Ivan Petrov', '/officials/ivan-petrov-2/'],
      ['Иван Петров', '/officials/ivan-petrov-3/'],
    ]);
    expect((await container.renderToString(Namesakes, { props: { namesakes: [] } })).trim()).toBe('');
  });
});
