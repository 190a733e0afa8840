import {
  accessLogView,
  inviteCodeSchema,
  joinTherapistGrantBody,
  summaryRangeQuery,
  therapistClientList,
  therapistClientView,
  therapistScopeSchema,
  therapistSummaryView,
} from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { joinWithCode, myClients, previewTherapistInvite, therapistAccessLog, therapistSummary } from "../domain/therapist/clients.ts";
import { ACCESS_PAGE } from "../domain/therapist/grants.ts";
import { coupleNameOf } from "../domain/therapist/summary.ts";
import { forTherapists } from "../http/audience.ts";
import { authOf } from "../http/auth.ts";
import { decodeCursor } from "../http/cursor.ts";
import { presentAccessLog, presentClient } from "../http/present-therapist.ts";
import type { RouteContext } from "./context.ts";
import { idParams } from "./params.ts";

const tags = ["therapist"];
const grantParams = z.object({ grantId: idParams.shape.id });
const summaryQuery = summaryRangeQuery.extend({ format: z.enum(["json"]).optional() });

/** The therapist's side: only accounts with role "therapist" (the auth hook refuses partners). */
export const therapistClientRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { deps, auth } = ctx;
  // A code is a bearer capability: limit guesses like partner invites, counted in the database.
  const guessLimit = { ...forTherapists, rateLimit: { max: ctx.inviteAttemptsPerMinute, timeWindow: "1 minute" } };

  app.get(
    "/therapist/invites/:code",
    {
      preValidation: auth,
      config: guessLimit,
      schema: {
        tags,
        summary: "Who invites me and what they would share, before joining",
        params: z.object({ code: inviteCodeSchema }),
        response: { 200: z.object({ coupleName: z.string(), scopes: z.array(therapistScopeSchema), invitedAt: z.string() }) },
      },
    },
    async (request) => {
      const g = await previewTherapistInvite(deps, request.params.code);
      return { coupleName: coupleNameOf(g.couple.members), scopes: g.grant.askedScopes, invitedAt: new Date(g.grant.createdAt).toISOString() };
    },
  );

  app.post(
    "/therapist/join",
    {
      preValidation: auth,
      config: guessLimit,
      schema: { tags, summary: "Join a couple with their code (single use)", body: joinTherapistGrantBody, response: { 200: therapistClientView } },
    },
    async (request) => presentClient(await joinWithCode(deps, authOf(request).user, request.body.code), deps.now()),
  );

  app.get(
    "/therapist/clients",
    {
      preValidation: auth,
      config: forTherapists,
      schema: { tags, summary: "The couples who share with me (ended ones show only that access ended)", response: { 200: therapistClientList } },
    },
    async (request) => ({ clients: (await myClients(deps, authOf(request).user)).map((g) => presentClient(g, deps.now())) }),
  );

  app.get(
    "/therapist/clients/:grantId/summary",
    {
      preValidation: auth,
      config: forTherapists,
      schema: {
        tags,
        summary: "The session summary for a range (logged in the couple's access log)",
        params: grantParams,
        querystring: summaryQuery,
        response: { 200: therapistSummaryView },
      },
    },
    async (request, reply) => {
      const { from, to, format } = request.query;
      const summary = await therapistSummary(deps, authOf(request).user, request.params.grantId, { from, to }, format === "json" ? "json" : "view");
      reply.header("cache-control", "no-store");
      if (format === "json") reply.header("content-disposition", `attachment; filename="attune-summary-${from}-to-${to}.json"`);
      return summary;
    },
  );

  app.get(
    "/therapist/clients/:grantId/access-log",
    {
      preValidation: auth,
      config: forTherapists,
      schema: {
        tags,
        summary: "My own reads of this couple's sharing",
        params: grantParams,
        querystring: z.object({ before: z.string().max(200).optional() }),
        response: { 200: accessLogView },
      },
    },
    async (request) =>
      presentAccessLog(await therapistAccessLog(deps, authOf(request).user, request.params.grantId, decodeCursor(request.query.before, "time")), ACCESS_PAGE),
  );
};
