import { noteCreateBody, noteResponseBody, noteUpdateBody, noteView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createNote, deleteNote, partnerMap, respondToNote, updateNote } from "../domain/partner-map.ts";
import { authOf } from "../http/auth.ts";
import { presentNote } from "../http/present-practice.ts";
import type { RouteContext } from "./context.ts";
import { idParams } from "./params.ts";

const mapView = z.object({
  linked: z.boolean(),
  partner: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  mine: z.array(noteView),
  aboutMe: z.array(noteView),
});

export const partnerMapRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/partner-map/notes",
    { preValidation: auth, schema: { tags: ["partner map"], summary: "My notes about my partner, and theirs they showed me", response: { 200: mapView } } },
    async (request) => {
      const { user } = authOf(request);
      const map = await partnerMap(deps, user);
      return {
        linked: Boolean(map.couple),
        partner: map.partner ?? null,
        mine: map.mine.map((n) => presentNote(n, user.id)),
        aboutMe: map.aboutMe.map((n) => presentNote(n, user.id)),
      };
    },
  );

  app.post(
    "/partner-map/notes",
    {
      preValidation: auth,
      schema: { tags: ["partner map"], summary: "Write a note (private unless I show it)", body: noteCreateBody, response: { 201: noteView } },
    },
    async (request, reply) => {
      const { user } = authOf(request);
      return reply.status(201).send(presentNote(await createNote(deps, user, request.body), user.id));
    },
  );

  app.patch(
    "/partner-map/notes/:id",
    { preValidation: auth, schema: { tags: ["partner map"], summary: "Change my note", params: idParams, body: noteUpdateBody, response: { 200: noteView } } },
    async (request) => {
      const { user } = authOf(request);
      return presentNote(await updateNote(deps, user, request.params.id, request.body), user.id);
    },
  );

  app.delete(
    "/partner-map/notes/:id",
    { preValidation: auth, schema: { tags: ["partner map"], summary: "Delete my note", params: idParams } },
    async (request, reply) => {
      await deleteNote(deps, authOf(request).user, request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    "/partner-map/notes/:id/response",
    {
      preValidation: auth,
      schema: {
        tags: ["partner map"],
        summary: "Confirm or correct a note my partner showed me",
        params: idParams,
        body: noteResponseBody,
        response: { 200: noteView },
      },
    },
    async (request) => {
      const { user } = authOf(request);
      return presentNote(await respondToNote(deps, user, request.params.id, request.body), user.id);
    },
  );
};
