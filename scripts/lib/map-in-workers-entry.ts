/**
 * Worker side of `mapInWorkers`: answers each batch `{ module, name, start, items }`
 * with `{ start, outputs }`, or with the first error and its input index.
 * Each module is imported once per worker and kept.
 */
import { parentPort } from 'node:worker_threads';

const modules = new Map<string, Promise<Record<string, unknown>>>();

async function load(module: string, name: string): Promise<(input: unknown) => unknown> {
  let loaded = modules.get(module);
  if (!loaded) {
    loaded = import(module) as Promise<Record<string, unknown>>;
    modules.set(module, loaded);
  }
  const fn = (await loaded)[name];
  if (typeof fn !== 'function') throw new Error(`${module} has no exported function ${name}`);
  return fn as (input: unknown) => unknown;
}

parentPort!.on('message', async (message: { module: string; name: string; start: number; items: unknown[] }) => {
  const outputs: unknown[] = [];
  let index = message.start;
  try {
    const fn = await load(message.module, message.name);
    for (const item of message.items) {
      outputs.push(fn(item));
      index++;
    }
  } catch (error) {
    parentPort!.postMessage({ start: message.start, error: (error as Error).stack ?? String(error), index });
    return;
  }
  parentPort!.postMessage({ start: message.start, outputs });
});
