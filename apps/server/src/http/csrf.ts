import type { FastifyInstance } from "fastify";
import { DomainError } from "../domain/errors.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
export const CSRF_HEADER = "x-attune-csrf";

/**
 * Cross-site request protection for the API, on top of SameSite=Lax cookies: a
 * state-changing request must carry a custom header (a cross-site form cannot, and a
 * cross-site script would need a CORS preflight we never grant) and, when the browser
 * says where it comes from, come from our own origin.
 */
export function installCsrfGuard(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (SAFE.has(request.method) || !request.url.startsWith("/api/")) return;
    if (request.headers[CSRF_HEADER] !== "1") {
      throw new DomainError("csrf_rejected", `This request needs the header ${CSRF_HEADER}: 1.`);
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
