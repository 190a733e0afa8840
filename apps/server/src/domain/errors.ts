import type { ErrorCode } from "@attune/shared";

/**
 * A failure the person can act on (wrong password, expired invite…). The HTTP layer
 * maps `code` to a status; the message is shown to the person as it is.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what = "That") => new DomainError("not_found", `${what} was not found.`);
