import { inviteCodeSchema, invitePreview, inviteView, meView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acceptInvite, cancelInvite, createInvite, describeMe, previewInvite, unlink } from "../domain/couples.ts";
import { authOf } from "../http/auth.ts";
import { presentInvite, presentMe } from "../http/present.ts";
import type { RouteContext } from "./context.ts";
import { originOf } from "./origin.ts";

const codeParams = z.object({ code: inviteCodeSchema });

export const coupleRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { deps, auth } = ctx;
  // A code is a bearer capability: limit guesses, counted across instances in the database.
  const guessLimit = { rateLimit: { max: ctx.inviteAttemptsPerMinute, timeWindow: "1 minute" } };

  app.post(
    "/invites",
    { preValidation: auth, schema: { tags: ["couple"], summary: "Create an invite for my partner", response: { 201: inviteView } } },
    async (request, reply) => {
      const invite = await createInvite(deps, authOf(request).user.id);
      return reply.status(201).send(presentInvite(invite, originOf(request, ctx.publicOrigin)));
    },
  );

  app.delete("/invites/current", { preValidation: auth, schema: { tags: ["couple"], summary: "Cancel my pending invite" } }, async (request, reply) => {
    await cancelInvite(deps, authOf(request).user.id);
    return reply.status(204).send();
  });

  app.get(
    "/invites/:code",
    {
      preValidation: auth,
      config: guessLimit,
      schema: { tags: ["couple"], summary: "Who sent this invite", params: codeParams, response: { 200: invitePreview } },
    },
    async (request) => {
      const { invite, inviter } = await previewInvite(deps, request.params.code);
      return { code: invite.code, inviterName: inviter.displayName, expiresAt: new Date(invite.expiresAt).toISOString() };
    },
  );

  app.post(
    "/invites/:code/accept",
    {
      preValidation: auth,
      config: guessLimit,
      schema: { tags: ["couple"], summary: "Accept an invite and link as a couple", params: codeParams, response: { 200: meView } },
    },
    async (request) => {
      const { user } = authOf(request);
      await acceptInvite(deps, user, request.params.code);
      return presentMe(await describeMe(deps, user), originOf(request, ctx.publicOrigin));
    },
  );

  app.post("/couple/unlink", { preValidation: auth, schema: { tags: ["couple"], summary: "Unlink from my partner" } }, async (request, reply) => {
    await unlink(deps, authOf(request).user.id);
    return reply.status(204).send();
  });
};
