// One thread of writeShareCards (src/integrations/share-cards.ts): draws the cards it is given into the cache.
import { workerData } from 'node:worker_threads';
import type { ShareCard } from '../site/share-cards.ts';
import { drawShareCardsInto } from './share-card-image.ts';

const { cards, cacheDir } = workerData as { cards: ShareCard[]; cacheDir: string };
await drawShareCardsInto(cards, cacheDir);
