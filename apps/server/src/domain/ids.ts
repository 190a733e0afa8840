import { v7 } from "uuid";

/**
 * Time-ordered ids (UUIDv7, monotonic within a process), so rows written in the same
 * millisecond still list in the order they were written when sorted by (created_at, id).
 */
export function newId(): string {
  return v7();
}
