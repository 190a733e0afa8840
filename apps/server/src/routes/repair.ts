import { repairCurrentView, repairStartBody, repairView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actOnRepair, currentRepair, getRepair, startRepairSession } from "../domain/repair.ts";
import { authOf } from "../http/auth.ts";
import { presentRepair } from "../http/present-practice.ts";
import type { RouteContext } from "./context.ts";
import { idParams } from "./params.ts";

// The action is validated by the repair state machine itself (one schema per action type),
// so its refusals carry the flow's own calm messages.
const actionBody = z.object({ type: z.string().max(40) }).passthrough();

export const repairRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.post(
    "/repair",
    {
      preValidation: auth,
      schema: { tags: ["repair"], summary: "Start a guided repair (it opens with a safety check)", body: repairStartBody, response: { 201: repairView } },
    },
    async (request, reply) => reply.status(201).send(presentRepair(await startRepairSession(deps, authOf(request).user, request.body.mode))),
  );

  app.get(
    "/repair/current",
    {
      preValidation: auth,
      schema: { tags: ["repair"], summary: "Our open repair, if any, and when a new one may start", response: { 200: repairCurrentView } },
    },
    async (request) => {
      const { repair, restartAt } = await currentRepair(deps, authOf(request).user);
      return { repair: repair ? presentRepair(repair) : null, restartAt: restartAt === null ? null : new Date(restartAt).toISOString() };
    },
  );

  app.get(
    "/repair/:id",
    { preValidation: auth, schema: { tags: ["repair"], summary: "A repair we take part in", params: idParams, response: { 200: repairView } } },
    async (request) => presentRepair(await getRepair(deps, authOf(request).user, request.params.id)),
  );

  app.post(
    "/repair/:id/actions",
    {
      preValidation: auth,
      schema: { tags: ["repair"], summary: "Take a step in the repair", params: idParams, body: actionBody, response: { 200: repairView } },
    },
    async (request) => presentRepair(await actOnRepair(deps, authOf(request).user, request.params.id, request.body)),
  );
};
