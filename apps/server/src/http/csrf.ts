import type { FastifyInstance, FastifyRequest } from "fastify";
import { CSRF_HEADER } from "@attune/shared";
import { DomainError } from "../domain/errors.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
export { CSRF_HEADER };

/** The media type of a request body, without parameters ("application/json; charset=utf-8" → "application/json"). */
function mediaTypeOf(request: FastifyRequest): string | undefined {
  const header = request.headers["content-type"];
  return header === undefined ? undefined : (header.split(";")[0] ?? "").trim().toLowerCase();
}

/**
 * Cross-site request protection, on top of SameSite=Lax cookies: every state-changing
 * request — whatever its path, since the router decodes "%61pi" to "api" — must carry a
 * custom header (a cross-site form cannot, and a cross-site script would need a CORS
 * preflight we never grant), send no body but JSON (a form can post text/plain), and,
 * when the browser says where it comes from, come from our own origin.
 */
export function installCsrfGuard(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (SAFE.has(request.method)) return;
    if (request.headers[CSRF_HEADER] !== "1") {
      throw new DomainError("csrf_rejected", `This request needs the header ${CSRF_HEADER}: 1.`);
    }
    const media = mediaTypeOf(request);
    if (media !== undefined && media !== "application/json") {
      throw new DomainError("unsupported_media_type", "Send the request body as JSON (content-type: application/json).");
    }
    const origin = request.headers.origin;
    if (origin && origin !== "null") {
      // Compare through URL so default ports ("host:80" vs "host") match.
      let host: string;
      let ours: string;
      try {
        host = new URL(origin).host;
        ours = new URL(`${request.protocol}://${request.host}`).host;
      } catch {
        throw new DomainError("csrf_rejected", "This request comes from an origin we don't accept.");
      }
      if (host !== ours) {
        throw new DomainError("csrf_rejected", "This request comes from another site and was refused.");
      }
    }
    if (request.headers["sec-fetch-site"] === "cross-site") {
      throw new DomainError("csrf_rejected", "This request comes from another site and was refused.");
    }
  });
}
