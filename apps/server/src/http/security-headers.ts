import type { FastifyInstance } from "fastify";
import helmet from "helmet";

/**
 * Security headers on every response (CSP, nosniff, frame-ancestors, referrer policy).
 * helmet builds the header values once, here; @fastify/helmet called helmet() (and so parsed
 * the CSP directives again) on every request.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  const apply = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: "no-referrer" },
    frameguard: { action: "deny" },
    // HSTS only makes sense behind https; the proxy that terminates TLS should send it.
    strictTransportSecurity: false,
  });
  app.addHook("onRequest", (request, reply, done) => {
    apply(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
}
