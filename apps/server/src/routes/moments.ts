import { daySchema, momentSeenBody, momentsView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { markMomentSeen, pendingMoments } from "../domain/moments.ts";
import { authOf } from "../http/auth.ts";
import type { RouteContext } from "./context.ts";

export const momentRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/moments",
    {
      preValidation: auth,
      schema: {
        tags: ["today"],
        summary: "Warm moments not yet shown to me (linked, first check-in, first day both answered)",
        querystring: z.object({ day: daySchema }),
        response: { 200: momentsView },
      },
    },
    async (request) => ({ moments: await pendingMoments(deps, authOf(request).user, request.query.day) }),
  );
  app.post(
    "/moments/seen",
    { preValidation: auth, schema: { tags: ["today"], summary: "I have been shown this moment: no device shows it again", body: momentSeenBody } },
    async (request, reply) => {
      await markMomentSeen(deps, authOf(request).user, request.body.kind);
      return reply.status(204).send();
    },
  );
};
