// The images shown with a shared link: what each card says (in our words, never a paraphrase in quotation
// marks), when a card is left out, that the PNG is a real 1200×630 image, and that the cache saves redrawing.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/pipeline/dataset.ts';
import { loadContent } from '../../src/pipeline/index.ts';
import { encodePng } from '../../src/integrations/share-card-image.ts';
import { writeShareCards } from '../../src/integrations/share-cards.ts';
import { claimShareCard, isDrawable, shareCards, statementShareCard } from '../../src/site/share-cards.ts';

const goodRoot = path.resolve(import.meta.dirname, '../fixtures/good');
const central = 'azerbaijan-lets-israel-use-its-territory-against-iran';
const warships = 'outside-warships-may-use-azerbaijans-caspian-ports';

let dataset: Dataset;
const scratch = mkdtempSync(path.join(tmpdir(), 'share-cards-'));
beforeAll(async () => {
  const result = await loadContent({ root: goodRoot, today: '2026-11-22' });
  expect(result.issues).toEqual([]);
  dataset = result.dataset!;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Width, height and the RGBA rows of a PNG with one IDAT chunk, as encodePng writes it. */
function decodePng(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => string } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  let offset = 8;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') data.push(png.subarray(offset + 8, offset + 8 + length));
    expect(png.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(zlib.crc32(png.subarray(offset + 4, offset + 8 + length)));
    offset += length + 12;
  }
  const rows = zlib.inflateSync(Buffer.concat(data));
  expect(rows.length).toBe((width * 4 + 1) * height);
  const pixel = (x: number, y: number) => {
    const at = y * (width * 4 + 1) + 1 + x * 4;
    return `#${[...rows.subarray(at, at + 3)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  };
  return { width, height, pixel };
}

describe('share cards', () => {
  it('give a claim’s status, short form, since when and how many statements, with the same in the alt text', () => {
    const claim = dataset.claimsById.get(central)!;
    const card = claimShareCard(claim)!;
    expect(card).toMatchObject({
      kind: 'Claim',
      verdict: { status: 'denied', text: 'Denied' },
      title: 'Azerbaijan lets Israel use its territory against Iran',
      lines: ['Status since 22 November 2026', `${claim.timeline.length} statements recorded`],
    });
    expect(card.path).toMatch(new RegExp(`^/share/claims/${central}-[\\w-]{10}\\.png$`));
    expect(card.alt).toBe(
      `Claim card from Claim Tracker. Azerbaijan lets Israel use its territory against Iran. Status: Denied. Status since 22 November 2026. ${claim.timeline.length} statements recorded.`,
    );
  });

  it('get a new address when what they show changes, so previews do not keep an old status', () => {
    const claim = dataset.claimsById.get(central)!;
    const before = claimShareCard(claim)!;
    expect(claimShareCard({ ...claim })!.path).toBe(before.path);
    expect(claimShareCard({ ...claim, status: 'confirmed' })!.path).not.toBe(before.path);
  });

  it('give a statement as who took which stance on which claim, in our words, with the claim’s status, the date and the outlets', () => {
    const paraphrased = dataset.statements.filter((statement) => statement.shown.form === 'paraphrase');
    expect(paraphrased.length).toBeGreaterThan(0);
    for (const statement of dataset.statements) {
      const card = statementShareCard(dataset, statement)!;
      const words = [card.title, card.verdict?.text, ...card.lines, card.alt].join(' ');
      // The card quotes no one: its words are the stance, the claim's short form and our labels.
      expect(words, statement.id).not.toMatch(/[“”"«»„]/);
      expect(words).not.toContain(statement.shown.text.slice(0, 40));
    }
    const denial = dataset.statementsById.get('testov-no-commitment-on-foreign-warships')!;
    const card = statementShareCard(dataset, denial)!;
    expect(card.kind).toBe('Statement');
    // The fixture marks Testov's stance as uncertain: the card says "on whether", as the page's heading does.
    expect(card.title).toBe("Arif Testov on whether Azerbaijan will let outside powers' warships use its Caspian ports");
    expect(dataset.claimsById.get(warships)!.status).toBe('disputed');
    expect(card.verdict).toEqual({ status: 'disputed', text: 'Claim: Disputed' });
    expect(card.lines[1]).toMatch(/^Reported by /);
  });

  it('of a statement that bears on no claim show who spoke, without a status', () => {
    const statement = dataset.statementsById.get('aliyev-azerbaijan-will-not-allow-any-threat-against-iran')!;
    const card = statementShareCard(dataset, { ...statement, claims: [] })!;
    expect(card.title).toBe('Statement by Ilham Aliyev');
    expect(card.verdict).toBeUndefined();
    expect(card.alt).toMatch(/^Statement card from Claim Tracker\. Statement by Ilham Aliyev\. Said [^.]+\. Reported by /);
  });

  it('say where the reports differ on the date instead of choosing one', () => {
    const differs = dataset.statements.find((statement) => statement.said.kind === 'differs')!;
    expect(statementShareCard(dataset, differs)!.lines[0]).toBe('Reports differ on when it was said');
  });

  it('are left out, not drawn with letters missing, when the font lacks the script', () => {
    expect(isDrawable('Ilham Aliyev, Ильхам Алиев, Ηλίας, Nguyễn')).toBe(true);
    expect(isDrawable('الهام علی‌اف')).toBe(false);
    expect(isDrawable('習近平')).toBe(false);
    const statement = dataset.statements.find((each) => each.speaker.kind === 'official')!;
    const official = dataset.officialsById.get(statement.speaker.id)!;
    const persian = new Map(dataset.officialsById).set(official.id, { ...official, data: { ...official.data, name: 'عباس عراقچی' } });
    expect(statementShareCard({ ...dataset, officialsById: persian }, statement)).toBeUndefined();
    // An outlet's name the font cannot draw is left to the page: the card says how many outlets.
    const outlet = dataset.sourcesById.get(statement.outletIds[0]!)!;
    const hebrew = new Map(dataset.sourcesById).set(outlet.id, { ...outlet, data: { ...outlet.data, name: 'כרמל היום' } });
    const others = new Set(statement.outletIds).size - 1;
    expect(statementShareCard({ ...dataset, sourcesById: hebrew }, statement)!.lines[1]).toBe(`Reported by ${others + 1} outlet${others === 0 ? '' : 's'}`);
    expect(shareCards(dataset)).toHaveLength(dataset.claims.length + dataset.statements.length);
  });

  it('are drawn as 1200×630 PNGs in the status’s colours, once: a second build copies them from the cache', async () => {
    const cards = shareCards(dataset).slice(0, 3);
    const cacheDir = path.join(scratch, 'cache');
    const first = await writeShareCards(cards, { outDir: path.join(scratch, 'one'), cacheDir, threads: 2, fewestForThreads: 2 });
    expect(first).toEqual({ written: 3, drawn: 3 });
    const second = await writeShareCards(cards, { outDir: path.join(scratch, 'two'), cacheDir });
    expect(second).toEqual({ written: 3, drawn: 0 });
    for (const card of cards) expect(readFileSync(path.join(scratch, 'two', card.path))).toEqual(readFileSync(path.join(scratch, 'one', card.path)));
    expect(readdirSync(cacheDir).filter((file) => file.endsWith('.partial'))).toEqual([]);

    const central = cards.find((card) => card.verdict?.status === 'denied')!;
    const image = decodePng(readFileSync(path.join(scratch, 'one', central.path)));
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(image.pixel(600, 4)).toBe('#8c1c13'); // the band across the top
    expect(image.pixel(600, 620)).toBe('#fdfdfb'); // the page colour
    expect(image.pixel(66, 180)).toBe('#5a2d82'); // the left border of the "Denied" badge
  });

  it('are encoded as PNG with correct chunk checksums', () => {
    const pixels = Buffer.alloc(2 * 2 * 4, 0xff);
    pixels.set([0x12, 0x34, 0x56, 0xff], 4);
    const image = decodePng(encodePng(2, 2, pixels));
    expect([image.pixel(0, 0), image.pixel(1, 0), image.pixel(0, 1)]).toEqual(['#ffffff', '#123456', '#ffffff']);
  });
});
