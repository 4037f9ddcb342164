// One worker thread of src/pipeline/parse-threads.ts: parses the files it is given and sends their
// parses back in the form the cache stores.
import { parentPort, workerData } from 'node:worker_threads';
import { cacheablePart, parseContentFile } from './parse.ts';
import { serializeParse } from './parse-cache.ts';
import type { FileToParse } from './parse-threads.ts';

const files = workerData as FileToParse[];
// A parse over the time budget is not sent: the pipeline parses that file again itself and reports it.
parentPort!.postMessage(
  files.map(({ file, kind, text }) => {
    const result = parseContentFile(file, kind, text);
    return result.overBudget ? null : serializeParse(cacheablePart(result));
  }),
);
