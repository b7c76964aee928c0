/**
 * Seedable randomness for the benchmark corpus: same seed, same sequence, on every machine.
 */

/** Small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniformly chosen element. */
export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** Half uniform, half cubed: a heavy head of entities in many articles and a long tail, as in real news. */
export function pickSkewed<T>(r: () => number, list: readonly T[]): T {
  const u = r();
  return list[Math.floor(list.length * (r() < 0.5 ? u : u * u * u))]!;
}

/** First letter upper-cased. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
