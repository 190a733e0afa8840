import { daySchema, todayView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { today } from "../domain/today.ts";
import { authOf } from "../http/auth.ts";
import type { RouteContext } from "./context.ts";

export const todayRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/today",
    {
      preValidation: auth,
      // `day` is the person's own date (their device's time zone), as for today's question.
      schema: { tags: ["today"], summary: "What is waiting for me now", querystring: z.object({ day: daySchema }), response: { 200: todayView } },
    },
    async (request) => today(deps, authOf(request).user, request.query.day),
  );
};
