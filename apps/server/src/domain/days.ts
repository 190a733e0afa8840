import { DomainError } from "./errors.ts";

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 for a YYYY-MM-DD date. */
export const dayIndex = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/**
 * A person's "today" comes from their device (their time zone). We accept any past day
 * and at most one day ahead of the server's UTC date (time zones reach UTC+14).
 */
export function assertNotFuture(day: string, now: number, field = "day"): void {
  if (dayIndex(day) > Math.floor(now / DAY_MS) + 1) {
    throw new DomainError("validation_failed", "That day is in the future.", { field });
  }
}

/** Daily-question answers belong to "today": within a day of the server's date either way. */
export function assertAboutToday(day: string, now: number): void {
  const diff = dayIndex(day) - Math.floor(now / DAY_MS);
  if (diff < -1 || diff > 1) {
    throw new DomainError("validation_failed", "You can answer today's question only.", { field: "day" });
  }
}
