import { answersBody, readinessResultView, readinessShareBody } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { deleteReadiness, myReadiness, partnerReadiness, shareReadiness, takeReadiness } from "../domain/readiness.ts";
import { authOf } from "../http/auth.ts";
import { presentReadiness } from "../http/present-practice.ts";
import type { RouteContext } from "./context.ts";
import { idParams } from "./params.ts";

export const readinessRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/readiness/results",
    {
      preValidation: auth,
      schema: { tags: ["readiness"], summary: "My results, newest first", response: { 200: z.object({ results: z.array(readinessResultView) }) } },
    },
    async (request) => ({ results: (await myReadiness(deps, authOf(request).user)).map(presentReadiness) }),
  );

  app.post(
    "/readiness/results",
    {
      preValidation: auth,
      schema: { tags: ["readiness"], summary: "Take the test (never shared by default)", body: answersBody, response: { 201: readinessResultView } },
    },
    async (request, reply) => reply.status(201).send(presentReadiness(await takeReadiness(deps, authOf(request).user, request.body))),
  );

  app.patch(
    "/readiness/results/:id",
    {
      preValidation: auth,
      schema: {
        tags: ["readiness"],
        summary: "Share a result with my partner, or stop sharing it",
        params: idParams,
        body: readinessShareBody,
        response: { 200: readinessResultView },
      },
    },
    async (request) => presentReadiness(await shareReadiness(deps, authOf(request).user, request.params.id, request.body.sharedWithPartner)),
  );

  app.delete(
    "/readiness/results/:id",
    { preValidation: auth, schema: { tags: ["readiness"], summary: "Delete a result", params: idParams } },
    async (request, reply) => {
      await deleteReadiness(deps, authOf(request).user, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    "/readiness/partner",
    {
      preValidation: auth,
      schema: {
        tags: ["readiness"],
        summary: "My partner's results they chose to share",
        response: { 200: z.object({ linked: z.boolean(), results: z.array(readinessResultView) }) },
      },
    },
    async (request) => {
      const { linked, results } = await partnerReadiness(deps, authOf(request).user);
      return { linked, results: results.map(presentReadiness) };
    },
  );
};
