import { deleteAccountBody, importResult, myDataExport } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { deleteAccount, deleteMyAnswer, deleteMyReply, exportMyData, importMyData } from "../domain/my-data.ts";
import { forAnyone } from "../http/audience.ts";
import { authOf } from "../http/auth.ts";
import { clearSessionCookie } from "../http/session-cookie.ts";
import type { RouteContext } from "./context.ts";
import { idParams } from "./params.ts";

/** A person's data in their hands: everything as JSON, single entries deleted, the whole account deleted. */
export const myDataRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/me/export",
    {
      preValidation: auth,
      config: forAnyone,
      schema: {
        tags: ["account"],
        summary: "Everything that is mine, and what my partner shared with me, as one JSON document",
        response: { 200: myDataExport },
      },
    },
    async (request, reply) => {
      // Never kept by a shared cache or the browser's disk cache: it is someone's whole story.
      reply.header("cache-control", "no-store");
      return exportMyData(deps, authOf(request).user);
    },
  );

  app.post(
    "/me/import",
    {
      preValidation: auth,
      // A year or two of check-ins is far larger than any other request.
      bodyLimit: 20 * 1024 * 1024,
      schema: { tags: ["account"], summary: "Bring an export from another Attune server into my account", body: myDataExport, response: { 200: importResult } },
    },
    async (request) => importMyData(deps, authOf(request).user, request.body),
  );

  app.post(
    "/me/delete",
    {
      preValidation: auth,
      config: forAnyone,
      schema: { tags: ["account"], summary: "Delete my account and everything in it, at once", body: deleteAccountBody },
    },
    async (request, reply) => {
      await deleteAccount(deps, authOf(request).user, request.body.password);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );

  app.delete(
    "/replies/:id",
    { preValidation: auth, schema: { tags: ["replies"], summary: "Delete a reply I wrote (also after unlinking)", params: idParams } },
    async (request, reply) => {
      await deleteMyReply(deps, authOf(request).user, request.params.id);
      return reply.status(204).send();
    },
  );

  app.delete(
    "/answers/:id",
    {
      preValidation: auth,
      schema: { tags: ["daily question"], summary: "Delete a daily answer I wrote, and the replies to it (also after unlinking)", params: idParams },
    },
    async (request, reply) => {
      await deleteMyAnswer(deps, authOf(request).user, request.params.id);
      return reply.status(204).send();
    },
  );
};
