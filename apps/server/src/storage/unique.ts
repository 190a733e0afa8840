import { UniqueViolation } from "./store.ts";

/** Both engines report unique violations differently; normalise to UniqueViolation. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  // PostgreSQL: 23505; better-sqlite3: SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY.
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

export function rethrowUnique(constraint: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw new UniqueViolation(constraint);
    throw error;
  };
}
