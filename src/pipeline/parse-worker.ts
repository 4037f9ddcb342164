// One worker thread of src/pipeline/parse-threads.ts: parses the files it is given and sends their
// parses back in the form the cache stores.
import { parentPort, workerData } from 'node:worker_threads';
import { cacheablePart, parseContentFile } from './parse.ts';
import { serializeParse } from './parse-cache.ts';
import type { FileToParse } from './parse-threads.ts';

const files = workerData as FileToParse[];
parentPort!.postMessage(files.map(({ file, kind, text }) => serializeParse(cacheablePart(parseContentFile(file, kind, text)))));
