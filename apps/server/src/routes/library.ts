import { libraryItemParams, libraryStateView, recommendationsView, tryBody, tryView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { libraryState, markDone, markTryDone, recommendations, setFavourite, tryTogether } from "../domain/library.ts";
import { authOf } from "../http/auth.ts";
import { presentLibraryState, presentTry } from "../http/present-practice.ts";
import type { RouteContext } from "./context.ts";
import { idParams } from "./params.ts";

export const libraryRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/library/state",
    { preValidation: auth, schema: { tags: ["library"], summary: "My favourites, what I did, and what we try together", response: { 200: libraryStateView } } },
    async (request) => {
      const { user } = authOf(request);
      return presentLibraryState(await libraryState(deps, user), user.id);
    },
  );

  app.put(
    "/library/favourites/:itemId",
    { preValidation: auth, schema: { tags: ["library"], summary: "Save a practice", params: libraryItemParams } },
    async (request, reply) => {
      await setFavourite(deps, authOf(request).user, request.params.itemId, true);
      return reply.status(204).send();
    },
  );

  app.delete(
    "/library/favourites/:itemId",
    { preValidation: auth, schema: { tags: ["library"], summary: "Unsave a practice", params: libraryItemParams } },
    async (request, reply) => {
      await setFavourite(deps, authOf(request).user, request.params.itemId, false);
      return reply.status(204).send();
    },
  );

  app.post(
    "/library/done/:itemId",
    { preValidation: auth, schema: { tags: ["library"], summary: "I did this practice", params: libraryItemParams } },
    async (request, reply) => {
      await markDone(deps, authOf(request).user, request.params.itemId);
      return reply.status(204).send();
    },
  );

  app.post(
    "/library/tries",
    { preValidation: auth, schema: { tags: ["library"], summary: "Invite my partner to try this together", body: tryBody, response: { 201: tryView } } },
    async (request, reply) => {
      const { user } = authOf(request);
      const t = await tryTogether(deps, user, request.body.itemId);
      return reply.status(201).send(presentTry(t, user.id));
    },
  );

  app.post(
    "/library/tries/:id/done",
    { preValidation: auth, schema: { tags: ["library"], summary: "Mark my part of a shared practice done", params: idParams, response: { 200: tryView } } },
    async (request) => {
      const { user } = authOf(request);
      return presentTry(await markTryDone(deps, user, request.params.id), user.id);
    },
  );

  app.get(
    "/library/recommendations",
    { preValidation: auth, schema: { tags: ["library"], summary: "Practices for me now, each with why", response: { 200: recommendationsView } } },
    async (request) => ({ items: await recommendations(deps, authOf(request).user) }),
  );
};
