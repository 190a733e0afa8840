/**
 * How big a reliability run is. `npm test` runs the short CI variant of every probe;
 * `npm run test:reliability` sets RELIABILITY_FULL=1 for the long one. A run is seeded
 * (RELIABILITY_SEED, default below) so a failure can be replayed exactly.
 */
export const FULL = process.env.RELIABILITY_FULL === "1";

export const SEED = Number(process.env.RELIABILITY_SEED ?? 20261204);

/** The CI figure, or the full one under `npm run test:reliability`. */
export const size = (ci: number, full: number): number => (FULL ? full : ci);
