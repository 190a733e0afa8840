import type { Cursor } from "../storage/store.ts";
import { DomainError } from "../domain/errors.ts";

/** What a page is ordered by: a time in milliseconds (timeline) or a day "YYYY-MM-DD" (history). */
export type CursorKey = "time" | "day";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9-]{1,64}$/;

const keyFits = (kind: CursorKey, key: unknown): key is number | string =>
  kind === "time" ? typeof key === "number" && Number.isSafeInteger(key) && key >= 0 : typeof key === "string" && DAY.test(key);

/** Opaque page cursors: base64url of [key, id]. */
export const encodeCursor = (c: Cursor | null): string | null => (c ? Buffer.from(JSON.stringify([c.key, c.id])).toString("base64url") : null);

/**
 * Reads a cursor a client sent back. Checked here, at the boundary, to the type of the
 * column it pages over, so that neither engine ever sees a key it cannot compare
 * (PostgreSQL refuses a string or 1e300 against a bigint column).
 */
export function decodeCursor(raw: string | undefined, kind: CursorKey): Cursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && keyFits(kind, value[0]) && typeof value[1] === "string" && ID.test(value[1])) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError("validation_failed", "That page link is not valid; start from the first page.", { field: "before" });
}
