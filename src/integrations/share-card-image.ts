// Draws a share card (src/site/share-cards.ts) as a PNG: satori lays the card out as SVG (text as
// outlines, wrapped with the font's metrics), resvg rasterises it (its WebAssembly build: 25 ms a card
// against 38 ms for the native one here, and no platform binary to install). Each status has its own mark and
// border as on the pages, so the card does not rely on colour alone.
import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import zlib from 'node:zlib';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import type { ClaimStatus } from '../schemas/status.ts';
import { drawnSubsets, shareCardSize, type ShareCard } from '../site/share-cards.ts';

/** A satori element: the same shape as React's, without React. */
interface Element {
  type: string;
  props: Record<string, unknown> & { style?: Record<string, unknown>; children?: (Element | string)[] | Element | string };
}

const element = (type: string, props: Element['props'], ...children: (Element | string)[]): Element => ({
  type,
  props: { ...props, ...(children.length === 0 ? {} : { children: children.length === 1 ? children[0]! : children }) },
});

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadedFonts() {
  fonts ??= drawnSubsets.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Noto Sans',
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The site's light colours (src/styles/global.css): foreground, background, border style. */
const statusLooks: Record<ClaimStatus, { color: string; background: string; borderStyle: 'solid' | 'dashed' }> = {
  unsubstantiated: { color: '#545454', background: '#fdfdfb', borderStyle: 'dashed' },
  disputed: { color: '#7a3e00', background: '#fff4e0', borderStyle: 'dashed' },
  denied: { color: '#5a2d82', background: '#f3ecfb', borderStyle: 'solid' },
  corroborated: { color: '#0b5560', background: '#e3f3f4', borderStyle: 'solid' },
  confirmed: { color: '#ffffff', background: '#1c6130', borderStyle: 'solid' },
  false: { color: '#ffffff', background: '#a31f14', borderStyle: 'solid' },
};

/** Each status's mark, drawn (the font has no ⊘ or ◐): the shapes of `statusGlyphs` in src/site/labels.ts. */
const statusMarks: Record<ClaimStatus, Element[]> = {
  unsubstantiated: [
    element('path', { d: 'M8.5 9a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3V15.5', fill: 'none' }),
    element('circle', { cx: 12, cy: 19.2, r: 1.1, fill: 'currentColor', stroke: 'none' }),
  ],
  disputed: [element('path', { d: 'M4 8h15M15 4l4 4-4 4M20 16H5M9 12l-4 4 4 4', fill: 'none' })],
  denied: [element('circle', { cx: 12, cy: 12, r: 8, fill: 'none' }), element('path', { d: 'M6.4 17.6 17.6 6.4', fill: 'none' })],
  corroborated: [element('circle', { cx: 12, cy: 12, r: 8, fill: 'none' }), element('path', { d: 'M12 4a8 8 0 0 0 0 16z', fill: 'currentColor' })],
  confirmed: [element('path', { d: 'M5 12.5 9.5 17 19 7.5', fill: 'none' })],
  false: [element('path', { d: 'M6 6l12 12M18 6 6 18', fill: 'none' })],
};

/** The title's size: smaller for longer titles, so a 190-character heading (the longest generated) fits in four lines. */
function titleSize(title: string): number {
  if (title.length <= 60) return 64;
  if (title.length <= 100) return 54;
  if (title.length <= 200) return 44;
  return 36;
}

/** The status badge: its mark and words, in the status's colours and border. */
function verdictBadge(verdict: NonNullable<ShareCard['verdict']>): Element {
  const look = statusLooks[verdict.status];
  const mark = element(
    'svg',
    { width: 36, height: 36, viewBox: '0 0 24 24', stroke: look.color, strokeWidth: 2.4, strokeLinecap: 'round', strokeLinejoin: 'round', color: look.color },
    ...statusMarks[verdict.status],
  );
  return element(
    'div',
    {
      style: {
        display: 'flex',
        alignItems: 'center',
        alignSelf: 'flex-start',
        marginTop: 36,
        padding: '8px 22px 8px 16px',
        border: `4px ${look.borderStyle} ${look.color}`,
        background: look.background,
        color: look.color,
        fontSize: 34,
        fontWeight: 700,
        textTransform: 'uppercase',
        letterSpacing: 1,
      },
    },
    mark,
    element('span', { style: { marginLeft: 12 } }, verdict.text),
  );
}

function cardTree(card: ShareCard): Element {
  return element(
    'div',
    {
      style: {
        width: shareCardSize.width,
        height: shareCardSize.height,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        background: '#fdfdfb',
        color: '#1a1a1a',
        fontFamily: 'Noto Sans',
        padding: '56px 64px',
        borderTop: '16px solid #8c1c13',
      },
    },
    element(
      'div',
      { style: { display: 'flex', fontSize: 30, color: '#575757' } },
      element('span', { style: { fontWeight: 700, color: '#8c1c13' } }, 'Claim Tracker'),
      element('span', { style: { marginLeft: 16 } }, card.kind),
    ),
    ...(card.verdict ? [verdictBadge(card.verdict)] : []),
    element(
      'div',
      { style: { display: 'flex', marginTop: card.verdict ? 32 : 48, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.18 } },
      card.title,
    ),
    element(
      'div',
      { style: { display: 'flex', flexDirection: 'column', marginTop: 'auto', fontSize: 30, color: '#454545' } },
      ...card.lines.map((line) => element('div', { style: { display: 'flex' } }, line)),
    ),
  );
}

let rasteriser: Promise<void> | undefined;

/** The card as a PNG of `shareCardSize`. */
export async function drawShareCard(card: ShareCard): Promise<Buffer> {
  await (rasteriser ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))));
  // Both the parsed card and its pixels live in WebAssembly memory, which never shrinks: each is freed
  // at once (the 10k bench's build peaked at 3.5 GB while the parsed cards were left to the collector).
  const resvg = new Resvg(await cardSvg(card));
  const image = resvg.render();
  try {
    const pixels = image.pixels; // a view of the WebAssembly memory, read before `free`
    return encodePng(image.width, image.height, Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength));
  } finally {
    image.free();
    resvg.free();
  }
}

/**
 * RGBA pixels as a PNG. resvg's own encoder took 20 ms a card and wrote 55 KB; zlib's default level on
 * unfiltered rows takes 11 ms and writes 36 KB for these flat, text-only cards (measured on a statement card).
 */
export function encodePng(width: number, height: number, pixels: Buffer): Buffer {
  const rowBytes = width * 4;
  const rows = Buffer.alloc((rowBytes + 1) * height); // each row starts with filter type 0, none
  for (let y = 0; y < height; y++) pixels.copy(rows, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, no filter method beyond 0, not interlaced
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(typeAndData));
    return Buffer.concat([length, typeAndData, crc]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The card laid out as SVG, its text as outlines. */
export function cardSvg(card: ShareCard): Promise<string> {
  return satori(cardTree(card) as Parameters<typeof satori>[0], { ...shareCardSize, fonts: loadedFonts() });
}

/**
 * Draws each card into the folder under the file name its path ends with. Each file is written under a
 * temporary name and renamed, so a build stopped halfway leaves no half-written card to be taken for a drawn one.
 */
export async function drawShareCardsInto(cards: readonly ShareCard[], folder: string): Promise<void> {
  for (const card of cards) {
    const file = path.join(folder, path.basename(card.path));
    const partial = `${file}.${process.pid}.${threadId}.partial`;
    await writeFile(partial, await drawShareCard(card));
    await rename(partial, file);
  }
}
