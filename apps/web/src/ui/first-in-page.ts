/** Node.DOCUMENT_POSITION_PRECEDING, spelled out so this file needs no DOM when it loads. */
const PRECEDING = 2;

type Positioned = { compareDocumentPosition(other: never): number };

/**
 * The node that comes first in the page, for "the first field with an error takes focus":
 * page order, not the order a form declares its fields in (a field may appear only once
 * another is chosen).
 */
export function firstInPage<T extends Positioned>(nodes: readonly T[]): T | undefined {
  let first: T | undefined;
  for (const node of nodes) {
    if (!first || first.compareDocumentPosition(node as never) & PRECEDING) first = node;
  }
  return first;
}
