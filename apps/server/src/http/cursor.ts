import type { Cursor } from "../storage/store.ts";
import { DomainError } from "../domain/errors.ts";

/** Opaque page cursors: base64url of [key, id]. */
export const encodeCursor = (c: Cursor | null): string | null =>
  c ? Buffer.from(JSON.stringify([c.key, c.id])).toString("base64url") : null;

export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && (typeof value[0] === "number" || typeof value[0] === "string") && typeof value[1] === "string") {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError("validation_failed", "That page link is not valid; start from the first page.", { field: "before" });
}
