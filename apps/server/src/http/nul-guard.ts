import type { FastifyInstance } from "fastify";
import { DomainError } from "../domain/errors.ts";

/** Whether any string inside `value` (however deeply nested) holds a NUL character. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 32 || typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => holdsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes("\u0000") || holdsNul(v, depth + 1));
}

/**
 * No text we accept may carry a NUL character: PostgreSQL cannot store one in text
 * (it answered 500 where SQLite stored it), and no person types one. Refused at the
 * boundary, in the body, the path and the query, the same on both engines.
 */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    for (const [part, value] of [
      ["params", request.params],
      ["query", request.query],
      ["body", request.body],
    ] as const) {
      if (holdsNul(value))
        throw new DomainError("validation_failed", `The request ${part === "body" ? "" : `${part} `}holds a NUL character, which no text may contain.`);
    }
  });
}
