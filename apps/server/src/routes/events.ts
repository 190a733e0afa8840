import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authOf } from "../http/auth.ts";
import type { RouteContext } from "./context.ts";

const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events for the couple: ids of what changed, never text. Works across
 * instances because the bus does (LISTEN/NOTIFY on PostgreSQL).
 */
export const eventRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  // Open streams, ended when the server closes so shutdown does not wait on them.
  const open = new Set<() => void>();
  app.addHook("onClose", async () => {
    for (const end of open) end();
  });

  app.get(
    "/events",
    { preValidation: auth, schema: { tags: ["events"], summary: "Live updates for my couple (text/event-stream)" } },
    async (request, reply) => {
      const { user } = authOf(request);
      const couple = await deps.store.couples.activeForUser(user.id);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ linked: Boolean(couple) })}\n\n`);
      const unsubscribe = couple
        ? deps.events.subscribe(couple.id, (event) => {
            if (event.type === "resync") {
              res.write("event: resync\ndata: {}\n\n");
              return;
            }
            if (event.actorId === user.id) return; // my own actions are already on my screen
            res.write(`event: ${event.type}\ndata: ${JSON.stringify({ id: event.id })}\n\n`);
          })
        : () => {};
      const heartbeat = setInterval(() => res.write(": still here\n\n"), HEARTBEAT_MS);
      const stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
      };
      const end = () => {
        stop();
        res.end();
      };
      open.add(end);
      request.raw.on("close", stop);
    },
  );
};
