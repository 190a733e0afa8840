import { insightMuteBody, insightOptInBody, insightSignParams, insightsQuery, myInsightsView, ourInsightsView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { muteSign, myInsights, ourInsights, setOurInsightsOptIn } from "../domain/insights/commands.ts";
import { authOf } from "../http/auth.ts";
import type { RouteContext } from "./context.ts";

/** Insights: mine (private, with the signs that concern me) and ours (when both say yes). No id in any path: a person can only ask about themselves. */
export const insightRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/insights/me",
    {
      preValidation: auth,
      schema: {
        tags: ["insights"],
        summary: "My insights and the warning signs that concern me (private)",
        querystring: insightsQuery,
        response: { 200: myInsightsView },
      },
    },
    async (request) => myInsights(deps, authOf(request).user, request.query.weeks),
  );

  app.get(
    "/insights/us",
    {
      preValidation: auth,
      schema: {
        tags: ["insights"],
        summary: "Our insights: shown only while both partners opted in",
        querystring: insightsQuery,
        response: { 200: ourInsightsView },
      },
    },
    async (request) => ourInsights(deps, authOf(request).user, request.query.weeks),
  );

  app.put(
    "/insights/us/opt-in",
    {
      preValidation: auth,
      schema: {
        tags: ["insights"],
        summary: "Say yes (or no longer) to our insights",
        body: insightOptInBody,
        response: { 200: z.object({ me: z.boolean(), partner: z.boolean() }) },
      },
    },
    async (request) => setOurInsightsOptIn(deps, authOf(request).user, request.body.on),
  );

  app.put(
    "/insights/signs/:sign/mute",
    {
      preValidation: auth,
      schema: { tags: ["insights"], summary: "Mute or unmute a warning sign for myself", params: insightSignParams, body: insightMuteBody },
    },
    async (request, reply) => {
      await muteSign(deps, authOf(request).user, request.params.sign, request.body.muted);
      return reply.status(204).send();
    },
  );
};
