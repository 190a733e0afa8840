import { feedbackBody, replyBody, replyView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { addReply, giveFeedback, listReplies } from "../domain/replies.ts";
import { authOf } from "../http/auth.ts";
import { presentReply } from "../http/present-loop.ts";
import type { RouteContext } from "./context.ts";
import { idParams } from "./params.ts";

const KINDS = { checkins: "checkin", answers: "answer" } as const;

export const replyRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  for (const [segment, kind] of Object.entries(KINDS)) {
    app.get(
      `/${segment}/:id/replies`,
      {
        preValidation: auth,
        schema: { tags: ["replies"], summary: `Replies to a ${kind}`, params: idParams, response: { 200: z.object({ replies: z.array(replyView) }) } },
      },
      async (request) => {
        const { user } = authOf(request);
        const replies = await listReplies(deps, user.id, { kind, id: request.params.id });
        return { replies: replies.map((r) => presentReply(r, user.id)) };
      },
    );

    app.post(
      `/${segment}/:id/replies`,
      { preValidation: auth, schema: { tags: ["replies"], summary: `Reply to a ${kind}`, params: idParams, body: replyBody, response: { 201: replyView } } },
      async (request, reply) => {
        const { user } = authOf(request);
        const created = await addReply(deps, user, { kind, id: request.params.id }, request.body.body);
        return reply.status(201).send(presentReply(created, user.id));
      },
    );
  }

  app.post(
    "/replies/:id/feedback",
    {
      preValidation: auth,
      schema: { tags: ["replies"], summary: "Say whether I felt heard", params: idParams, body: feedbackBody, response: { 200: replyView } },
    },
    async (request) => {
      const { user } = authOf(request);
      return presentReply(await giveFeedback(deps, user.id, request.params.id, request.body), user.id);
    },
  );
};
