import { WEEKLY_PARTS, type LibraryItem } from "./schema.ts";

function hash(text: string): number {
  // FNV-1a: stable across platforms, no dependency.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The couple's weekly check-in: one question for each part of the ritual, in ritual
 * order (appreciation, new information, puzzle, complaint with a request, hope).
 * Deterministic per seed and week; each part walks through its whole pool before
 * repeating, so consecutive weeks never repeat a question. A part with no questions
 * is skipped. `weekIndex` is whole weeks since an epoch the caller chooses.
 *
 * @example
 * weeklyRitualFrom(LIBRARY_ITEMS, "couple-42", 2950).map((q) => q.title);
 */
export function weeklyRitualFrom(items: readonly LibraryItem[], seed: string, weekIndex: number): LibraryItem[] {
  return WEEKLY_PARTS.flatMap((part) => {
    const pool = items.filter((i) => i.kind === "weekly_checkin" && i.part === part);
    if (pool.length === 0) return [];
    const offset = hash(`${seed}:${part}`) % pool.length;
    const n = (((weekIndex + offset) % pool.length) + pool.length) % pool.length;
    return [pool[n]!];
  });
}
