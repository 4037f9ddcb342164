import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { countOf } from '../lib/text.ts';
import { handedOverDataset } from '../site/loaded-content.ts';
import { shareCards, shareCardsDrawn, type ShareCard } from '../site/share-cards.ts';
import { drawShareCardsInto } from './share-card-image.ts';

/** Below this many cards to draw, starting threads costs more than it saves. */
const fewestCardsForThreads = 40;

/** What a run drew and what it found already drawn. */
export interface ShareCardRun {
  written: number;
  drawn: number;
}

/**
 * Writes every card's PNG into the built site at its path. Cards are kept in `cacheDir` under the name in
 * their path, which holds a hash of what they show: a card drawn by an earlier build is linked or copied, not drawn
 * again. The missing ones are drawn on one thread per core.
 */
export async function writeShareCards(
  cards: readonly ShareCard[],
  {
    outDir,
    cacheDir,
    threads = availableParallelism(),
    fewestForThreads = fewestCardsForThreads,
  }: { outDir: string; cacheDir: string; threads?: number; fewestForThreads?: number },
): Promise<ShareCardRun> {
  await mkdir(cacheDir, { recursive: true });
  const cached = new Set(await readdir(cacheDir));
  const missing = cards.filter((card) => !cached.has(path.basename(card.path)));
  await drawMissing(missing, cacheDir, threads > 1 && missing.length >= fewestForThreads ? threads : 1);
  const folders = new Set(cards.map((card) => path.dirname(card.path)));
  for (const folder of folders) await mkdir(path.join(outDir, folder), { recursive: true });
  for (const card of cards) await place(path.join(cacheDir, path.basename(card.path)), path.join(outDir, card.path));
  return { written: cards.length, drawn: missing.length };
}

/**
 * A drawn card into the built site: a hard link to the cached file where both are on one file system (a card is
 * never changed once drawn; 21,400 cards at 10k articles were copied in 10.5 s), else a copy.
 */
async function place(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch {
    await copyFile(cached, target);
  }
}

async function drawMissing(missing: readonly ShareCard[], cacheDir: string, threads: number): Promise<void> {
  const workerFile = new URL('./share-card-worker.ts', import.meta.url);
  const canThread = threads > 1 && workerFile.protocol === 'file:' && existsSync(fileURLToPath(workerFile));
  if (!canThread) return drawShareCardsInto(missing, cacheDir);
  const slices: ShareCard[][] = Array.from({ length: threads }, () => []);
  missing.forEach((card, index) => slices[index % threads]!.push(card));
  await Promise.all(
    slices.map(
      (slice) =>
        new Promise<void>((resolve, reject) => {
          // A card needs a few MB of heap; unbounded, each thread's heap grew by ~110 MB over 200 cards before
          // collecting (bench, 200 articles: build peak 1,110 MB → 884 MB with these limits, no slower).
          const worker = new Worker(workerFile, {
            workerData: { cards: slice, cacheDir },
            resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 },
          });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`A share card thread stopped with exit code ${code}.`))));
        }),
    ),
  );
}

/**
 * Draws the image shown with a shared link to each claim and statement (src/site/share-cards.ts) after
 * the pages are built, from the dataset the build checked and rendered.
 */
export default function shareCardImages(options: { contentDir: string }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'claim-tracker:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dataset = handedOverDataset(root, options.contentDir);
        if (!dataset) throw new Error('Share cards: the build has no dataset from the content check.');
        const started = performance.now();
        const cards = shareCards(dataset);
        const run = await writeShareCards(cards, {
          outDir: fileURLToPath(dir),
          cacheDir: path.join(root, 'node_modules/.cache/claim-tracker/share-cards'),
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const leftOut = shareCardsDrawn ? dataset.claims.length + dataset.statements.length - cards.length : 0;
        logger.info(
          `${countOf(run.written, 'share card')} written (${run.drawn} drawn, ${run.written - run.drawn} from the cache) in ${seconds} s` +
            (shareCardsDrawn ? '' : ': turned off by CLAIM_TRACKER_SHARE_CARDS=off') +
            (leftOut > 0 ? `; ${countOf(leftOut, 'page')} without one, as the card's font cannot draw their text` : ''),
        );
      },
    },
  };
}
