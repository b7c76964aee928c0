/**
 * Test helper for map-in-workers.test.ts: reports which thread ran the call.
 */
import { threadId } from 'node:worker_threads';

/** The id of the worker thread that ran this call (the input is ignored). */
export function threadIdOf(_input: number): number {
  return threadId;
}
