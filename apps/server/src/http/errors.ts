import type { ErrorCode } from "@attune/shared";
import type { FastifyError, FastifyInstance } from "fastify";
import { DomainError } from "../domain/errors.ts";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  password_too_common: 400,
  invite_own: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  partners_only: 403,
  therapists_only: 403,
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  already_in_couple: 409,
  invite_expired: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

const body = (code: ErrorCode, message: string, field?: string): ErrorBody => ({
  error: field ? { code, message, field } : { code, message },
});

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: (string | number)[]; message?: string } };
}

/** The first invalid field, as a dotted path ("email", "steps.0.text"). */
function firstIssue(error: FastifyError): { field: string | undefined; message: string } {
  const issue = (error.validation?.[0] ?? {}) as ValidationIssue;
  const path = issue.params?.issue?.path ?? issue.instancePath?.split("/").filter(Boolean);
  const field = path && path.length > 0 ? path.join(".") : undefined;
  const message = issue.params?.issue?.message ?? issue.message ?? "Please check what you entered.";
  return { field, message };
}

/** Maps any error to the JSON error shape: never a stack trace, never a 500 for a user mistake. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      if (error.details.retryAfterSeconds) reply.header("retry-after", error.details.retryAfterSeconds);
      return reply.status(STATUS[error.code]).send(body(error.code, error.message, error.details.field));
    }
    if (error.validation) {
      const { field, message } = firstIssue(error);
      const where = error.validationContext === "body" || !error.validationContext ? "" : ` (${error.validationContext})`;
      return reply.status(400).send(body("validation_failed", `${message}${where}`, field));
    }
    switch (error.code) {
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return reply.status(413).send(body("payload_too_large", "That is more than we can take in one go. Please shorten it."));
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return reply.status(415).send(body("unsupported_media_type", "Send the request body as JSON (content-type: application/json)."));
      case "FST_ERR_CTP_INVALID_JSON_BODY":
        return reply.status(400).send(body("bad_request", "The request body is not valid JSON."));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body("rate_limited", "Too many requests. Please wait a minute and try again."));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body("bad_request", "The request could not be understood."));
    }
    request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, "unhandled error");
    return reply.status(500).send(body("internal", "Something went wrong on our side. Please try again in a moment."));
  });

  app.setNotFoundHandler((_request, reply) => {
    reply.status(404).send(body("not_found", "There is nothing here."));
  });
}
