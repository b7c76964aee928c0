/**
 * Maps a pure, exported function over many inputs on worker threads, so a
 * CPU-bound pipeline step uses every core. Results come back in input order,
 * whatever order the workers finish in, so the output stays deterministic.
 *
 * Workers are kept between calls (parse, extract and serialise share them, so
 * each loads its modules once), are unref'd while idle, so they never keep the
 * process alive, and stop after a second without work, so they do not hold
 * memory while `npm run build` goes on to astro build.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface MapInWorkersOptions {
  /** Worker threads; default: the number of cores. */
  threads?: number;
  /** Inputs per message: large enough to amortise messaging, small enough to balance load. Default 16. */
  batch?: number;
}

/** Below this many inputs, a worker's start-up (~0.8 s of CPU to load the extractors) costs more than it saves. */
export const MIN_PARALLEL_INPUTS = 64;

/** With at least this many cache hits to read, even one miss goes to a worker, which loads its code while this thread reads. */
export const MIN_OVERLAP_HITS = 256;

const ENTRY = new URL('./map-in-workers-entry.ts', import.meta.url);

interface Reply {
  start: number;
  outputs?: unknown[];
  error?: string;
  index?: number;
}

/** A fixed set of worker threads that run one `map` at a time. */
class WorkerPool {
  readonly workers: Worker[];
  broken = false;
  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, () => new Worker(ENTRY));
    for (const worker of this.workers) {
      worker.unref();
      worker.on('error', () => (this.broken = true));
      worker.on('exit', () => (this.broken = true));
    }
  }

  async map<I, O>(module: URL, name: string, inputs: readonly I[], batch: number): Promise<O[]> {
    const results = new Array<O>(inputs.length);
    let next = 0;
    const run = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        // Work stealing: a worker gets the next batch as soon as it returns one.
        const send = () => {
          if (next >= inputs.length) return done(resolve);
          const start = next;
          next = Math.min(inputs.length, next + batch);
          worker.postMessage({ module: module.href, name, start, items: inputs.slice(start, next) });
        };
        const onMessage = (reply: Reply) => {
          if (reply.error !== undefined) return done(() => reject(new Error(`${name} failed on input ${reply.index}: ${reply.error}`)));
          reply.outputs!.forEach((output, i) => (results[reply.start + i] = output as O));
          send();
        };
        const onError = (error: Error) => done(() => reject(error));
        const onExit = (code: number) => done(() => reject(new Error(`${name} worker exited with code ${code}`)));
        const done = (settle: () => void) => {
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          worker.unref();
          settle();
        };
        worker.ref();
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        send();
      });
    await Promise.all(this.workers.map(run));
    return results;
  }

  close(): Promise<unknown> {
    this.broken = true;
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

let shared: WorkerPool | null = null;
let idle: NodeJS.Timeout | undefined;
/** How long idle workers wait for the next step of the pipeline before they stop. */
const IDLE_MS = 1000;

/**
 * Calls `module[name](input)` for every input, on worker threads.
 * @param module URL of an ES module whose export `name` is a pure function of one structured-cloneable input
 * @returns the outputs, in the order of `inputs`
 * @throws the first error a worker reports, naming the input index
 */
export async function mapInWorkers<I, O>(module: URL, name: string, inputs: readonly I[], options: MapInWorkersOptions = {}): Promise<O[]> {
  if (inputs.length === 0) return [];
  clearTimeout(idle);
  const threads = Math.max(1, options.threads ?? availableParallelism());
  if (!shared || shared.broken || shared.workers.length !== threads) {
    void shared?.close();
    shared = new WorkerPool(threads);
  }
  const pool = shared;
  try {
    return await pool.map<I, O>(module, name, inputs, Math.max(1, options.batch ?? 16));
  } catch (error) {
    // A failed batch may leave other workers busy: start afresh next time.
    await pool.close();
    throw error;
  } finally {
    idle = setTimeout(() => void closeWorkers(), IDLE_MS).unref();
  }
}

/**
 * `mapInWorkers` when workers repay their start-up: enough inputs, or `overlap` (this
 * thread has other work meanwhile); otherwise on this thread, loading `module` only then.
 */
export async function mapHereOrInWorkers<I, O>(module: URL, name: string, inputs: readonly I[], options: MapInWorkersOptions & { overlap?: boolean } = {}): Promise<O[]> {
  if (inputs.length === 0) return [];
  if ((inputs.length < MIN_PARALLEL_INPUTS && !options.overlap) || options.threads === 1) {
    const run = ((await import(module.href)) as Record<string, (input: I) => O>)[name]!;
    return inputs.map((input) => run(input));
  }
  const { overlap: _overlap, ...workerOptions } = options;
  return mapInWorkers<I, O>(module, name, inputs, workerOptions);
}

/** Stops the shared workers (tests; a CLI can simply exit, the idle workers do not hold it). */
export async function closeWorkers(): Promise<void> {
  clearTimeout(idle);
  const pool = shared;
  shared = null;
  await pool?.close();
}
