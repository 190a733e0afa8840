/**
 * How big a reliability run is. `npm test` runs the short CI variant of every probe;
 * `npm run test:reliability` sets RELIABILITY_FULL=1 for the long one. A run is seeded
 * (RELIABILITY_SEED, default below) so a failure can be replayed exactly.
 */
export const FULL = process.env.RELIABILITY_FULL === "1";

export const SEED = Number(process.env.RELIABILITY_SEED ?? 20261204);

/** The CI figure, or the full one under `npm run test:reliability`. */
export const size = (ci: number, full: number): number => (FULL ? full : ci);

/** A tiny deterministic PRNG (mulberry32) for choices outside fast-check (kill moments). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
