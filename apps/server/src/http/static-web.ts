import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Paths that name a file (an asset, an icon) rather than a screen: a missing one is a 404, not the app. */
/** Files that name the current version and must never be served from a stale cache. */
const NO_CACHE = new Set(["sw.js", "manifest.webmanifest", "registerSW.js"]);

const FILE_LIKE = /^\/assets\/|\.[a-z0-9]{1,8}$/i;

/**
 * Serves the built web app, with index.html for any GET that is not an API or file path
 * (whatever the Accept header says: `curl /` gets the app too) so the app's own router can
 * take deep links like /invite/ABCD2345.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const index = path.join(webDist, "index.html");
  if (!existsSync(index)) {
    app.log.warn(`web app not built (no ${index}); run "npm run build" to serve the UI`);
    return;
  }
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    // Set below per file: the plugin's own header would overwrite ours.
    cacheControl: false,
    setHeaders(res, filePath) {
      // The service worker and the manifest must be looked at again on every visit, or a new
      // version could not replace them; other files keep the plugin's default.
      res.setHeader("cache-control", NO_CACHE.has(path.basename(filePath)) ? "no-cache" : "public, max-age=0");
    },
  });
  app.get("/*", { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split("?")[0] ?? "/";
    if (pathname.startsWith("/api/") || FILE_LIKE.test(pathname)) {
      return reply.status(404).send({ error: { code: "not_found", message: "There is nothing here." } });
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
