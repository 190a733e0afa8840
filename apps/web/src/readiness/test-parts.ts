import { itemsInOrder } from "@attune/shared";

export const ITEMS = itemsInOrder();
export type Item = (typeof ITEMS)[number];

/** On a phone the statements come six at a time: 36 radio groups are a wall of several thousand pixels. */
const PART_SIZE = 6;

export interface Part {
  key: string;
  /** index of its first statement in ITEMS */
  start: number;
  items: Item[];
}

export const PARTS: Part[] = Array.from({ length: Math.ceil(ITEMS.length / PART_SIZE) }, (_, n) => ({
  key: `part-${n + 1}`,
  start: n * PART_SIZE,
  items: ITEMS.slice(n * PART_SIZE, (n + 1) * PART_SIZE),
}));

export const FIRST_PART = PARTS[0]?.key ?? "";

export const partOf = (itemId: string) => PARTS.find((p) => p.items.some((i) => i.id === itemId))?.key ?? FIRST_PART;

/** "1–6", as people count. */
export const rangeOf = (p: Part) => `${p.start + 1}–${p.start + p.items.length}`;
