import { checkinBody, checkinPage, checkinPatch, checkinView, daySchema, pageQuery, promptView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createCheckin, deleteCheckin, getCheckin, history, markRead, timeline, updateCheckin } from "../domain/checkins.ts";
import { mindHeartPrompt } from "../domain/daily-question.ts";
import { authOf } from "../http/auth.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { presentCheckin } from "../http/present-loop.ts";
import type { RouteContext } from "./context.ts";
import { idParams } from "./params.ts";

export const checkinRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/prompts/mind-heart",
    {
      preValidation: auth,
      schema: {
        tags: ["check-ins"],
        summary: "Today's mind-and-heart question for me",
        querystring: z.object({ day: daySchema }),
        response: { 200: promptView },
      },
    },
    async (request) => mindHeartPrompt(authOf(request).user.id, request.query.day),
  );

  app.post(
    "/checkins",
    {
      preValidation: auth,
      schema: { tags: ["check-ins"], summary: "Check in for a day (private or shared)", body: checkinBody, response: { 201: checkinView } },
    },
    async (request, reply) => {
      const { user } = authOf(request);
      return reply.status(201).send(presentCheckin(await createCheckin(deps, user, request.body), user.id));
    },
  );

  app.get(
    "/checkins/mine",
    { preValidation: auth, schema: { tags: ["check-ins"], summary: "My check-ins, latest day first", querystring: pageQuery, response: { 200: checkinPage } } },
    async (request) => {
      const { user } = authOf(request);
      const page = await history(deps, user.id, decodeCursor(request.query.before, "day"), request.query.limit);
      return { items: page.items.map((c) => presentCheckin(c, user.id)), nextCursor: encodeCursor(page.next) };
    },
  );

  app.get(
    "/timeline",
    {
      preValidation: auth,
      schema: {
        tags: ["check-ins"],
        summary: "Our shared check-ins, newest first",
        querystring: pageQuery,
        response: { 200: checkinPage.extend({ unread: z.number().int() }) },
      },
    },
    async (request) => {
      const { user } = authOf(request);
      const page = await timeline(deps, user.id, decodeCursor(request.query.before, "time"), request.query.limit);
      return { items: page.items.map((c) => presentCheckin(c, user.id)), nextCursor: encodeCursor(page.next), unread: page.unread };
    },
  );

  app.get(
    "/checkins/:id",
    { preValidation: auth, schema: { tags: ["check-ins"], summary: "One check-in I may read", params: idParams, response: { 200: checkinView } } },
    async (request) => {
      const { user } = authOf(request);
      return presentCheckin(await getCheckin(deps, user.id, request.params.id), user.id);
    },
  );

  app.patch(
    "/checkins/:id",
    {
      preValidation: auth,
      schema: { tags: ["check-ins"], summary: "Change my check-in", params: idParams, body: checkinPatch, response: { 200: checkinView } },
    },
    async (request) => {
      const { user } = authOf(request);
      return presentCheckin(await updateCheckin(deps, user, request.params.id, request.body), user.id);
    },
  );

  app.delete(
    "/checkins/:id",
    { preValidation: auth, schema: { tags: ["check-ins"], summary: "Delete my check-in and its replies", params: idParams } },
    async (request, reply) => {
      await deleteCheckin(deps, authOf(request).user.id, request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    "/checkins/:id/read",
    { preValidation: auth, schema: { tags: ["check-ins"], summary: "Mark a shared check-in as read", params: idParams } },
    async (request, reply) => {
      await markRead(deps, authOf(request).user.id, request.params.id);
      return reply.status(204).send();
    },
  );
};
