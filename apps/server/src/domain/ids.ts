import { v7 } from "uuid";

/**
 * The one id generator for every record (users, sessions, couples, entries...).
 * Time-ordered ids (UUIDv7, monotonic within a process), so rows written in the same
 * millisecond still list in the order they were written when sorted by (created_at, id).
 */
export function newId(): string {
  return v7();
}
