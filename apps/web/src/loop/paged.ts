/** A page of a list paged by cursor, as the API sends it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The loaded pages as one list, each item once. A refetch asks each page again from the
 * top, so an item that moved down the list (new ones arrived above it) can sit on two
 * pages for a moment: the first, fresher copy wins.
 */
export function flattenPages<T extends { id: string }>(pages: readonly Page<T>[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}

/** What changed between two looks at a list: items that are new, and known ones edited since. */
export function arrivals<T extends { id: string; updatedAt: string }>(before: readonly T[], after: readonly T[]): { added: T[]; edited: T[] } {
  const known = new Map(before.map((i) => [i.id, i]));
  return {
    added: after.filter((i) => !known.has(i.id)),
    edited: after.filter((i) => {
      const old = known.get(i.id);
      return old !== undefined && old.updatedAt !== i.updatedAt;
    }),
  };
}
