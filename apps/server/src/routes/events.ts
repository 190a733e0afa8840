import { THERAPIST_EVENT } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { currentCoupleId } from "../domain/couples.ts";
import { sessionStillActive } from "../domain/sessions.ts";
import { personChannel } from "../events/bus.ts";
import { forAnyone } from "../http/audience.ts";
import { authOf } from "../http/auth.ts";
import type { RouteContext } from "./context.ts";

const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events for the couple: ids of what changed, never text. Works across
 * instances because the bus does (LISTEN/NOTIFY on PostgreSQL). A stream lives no
 * longer than what it was opened on: it ends when its session ends (log out, password
 * change, "end this session" elsewhere) and when its couple ends.
 */
export const eventRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  // Open streams, ended when the server closes so shutdown does not wait on them.
  const open = new Set<() => void>();
  app.addHook("onClose", async () => {
    for (const end of open) end();
  });

  app.get(
    "/events",
    {
      preValidation: auth,
      config: forAnyone,
      schema: { tags: ["events"], summary: "Live updates for my couple, or a therapist's grants (text/event-stream)" },
    },
    async (request, reply) => {
      const { user, session } = authOf(request);
      const coupleId = await currentCoupleId(deps, user.id);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ linked: coupleId !== undefined })}\n\n`);
      const fromCouple = coupleId
        ? deps.events.subscribe(coupleId, (event) => {
            if (event.type === "resync") {
              res.write("event: resync\ndata: {}\n\n");
              return;
            }
            if (event.type === "couple") {
              // Both partners' streams end with the couple (the app reopens one for the new
              // state); only the partner is told, the one who unlinked already knows.
              if (event.actorId !== user.id) res.write(`event: couple\ndata: ${JSON.stringify({ id: event.id })}\n\n`);
              end();
              return;
            }
            if (event.actorId === user.id) return; // my own actions are already on my screen
            res.write(`event: ${event.type}\ndata: ${JSON.stringify({ id: event.id })}\n\n`);
          })
        : () => {};
      const fromPerson = deps.events.subscribe(personChannel(user.id), (event) => {
        // A therapist hears which of their grants changed (ids only) and refetches through
        // routes that check the grant: a revoked one answers 404 at once.
        if (event.type === THERAPIST_EVENT) {
          res.write(`event: ${THERAPIST_EVENT}\ndata: ${JSON.stringify({ id: event.id })}\n\n`);
          return;
        }
        if (event.type !== "sessions") return;
        void sessionStillActive(deps, session).then(
          (still) => {
            if (still) return;
            res.write("event: ended\ndata: {}\n\n");
            end();
          },
          () => end(), // cannot tell: close, the app reconnects and is asked to sign in if it must
        );
      });
      const unsubscribe = () => {
        fromCouple();
        fromPerson();
      };
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
