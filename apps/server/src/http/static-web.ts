import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built web app, with index.html for any non-API path so the app's own
 * router can take deep links like /invite/ABCD2345.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const index = path.join(webDist, "index.html");
  if (!existsSync(index)) {
    app.log.warn(`web app not built (no ${index}); run "npm run build" to serve the UI`);
    return;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  app.get("/*", { schema: { hide: true } }, (request, reply) => {
    const wantsHtml = (request.headers.accept ?? "").includes("text/html");
    if (request.url.startsWith("/api/") || !wantsHtml) {
      return reply.status(404).send({ error: { code: "not_found", message: "There is nothing here." } });
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
