import { changePasswordBody, meView, prefsPatch, prefsView, sessionView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { changePassword, endOtherSessions, endSession, listSessions } from "../domain/accounts.ts";
import { describeMe } from "../domain/couples.ts";
import { forAnyone } from "../http/audience.ts";
import { authOf, optionalAuth } from "../http/auth.ts";
import { presentMe, presentSession } from "../http/present.ts";
import { setSessionCookie } from "../http/session-cookie.ts";
import { changePrefs, prefsOf } from "../domain/prefs.ts";
import type { RouteContext } from "./context.ts";
import { originOf } from "./origin.ts";

export const meRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { deps, auth } = ctx;

  app.get(
    "/session",
    {
      preValidation: optionalAuth(deps),
      schema: {
        tags: ["account"],
        summary: "Who is signed in on this device, or nobody (never a 401)",
        response: { 200: z.object({ me: meView.nullable() }) },
      },
    },
    async (request) => {
      const user = request.auth?.user;
      return { me: user ? presentMe(await describeMe(deps, user), originOf(request, ctx.publicOrigin)) : null };
    },
  );

  app.get(
    "/me",
    { preValidation: auth, config: forAnyone, schema: { tags: ["account"], summary: "Who I am, my couple, my pending invite", response: { 200: meView } } },
    async (request) => presentMe(await describeMe(deps, authOf(request).user), originOf(request, ctx.publicOrigin)),
  );

  app.post(
    "/me/password",
    {
      preValidation: auth,
      config: { ...forAnyone, rateLimit: { max: ctx.authAttemptsPerMinute, timeWindow: "1 minute" } },
      schema: { tags: ["account"], summary: "Change my password; ends my other sessions", body: changePasswordBody },
    },
    async (request, reply) => {
      const { user } = authOf(request);
      const fresh = await changePassword(deps, user, request.body, request.headers["user-agent"] ?? null);
      setSessionCookie(request, reply, fresh.token);
      return reply.status(204).send();
    },
  );

  app.get(
    "/me/prefs",
    { preValidation: auth, config: forAnyone, schema: { tags: ["account"], summary: "My preferences", response: { 200: prefsView } } },
    async (request) => prefsOf(authOf(request).user),
  );

  app.patch(
    "/me/prefs",
    { preValidation: auth, config: forAnyone, schema: { tags: ["account"], summary: "Change my preferences", body: prefsPatch, response: { 200: prefsView } } },
    async (request) => changePrefs(deps, authOf(request).user, request.body),
  );

  app.get(
    "/sessions",
    {
      preValidation: auth,
      config: forAnyone,
      schema: { tags: ["account"], summary: "My active sessions", response: { 200: z.object({ sessions: z.array(sessionView) }) } },
    },
    async (request) => {
      const { user, session } = authOf(request);
      const sessions = await listSessions(deps, user.id);
      return { sessions: sessions.map((s) => presentSession(s, session.id)) };
    },
  );

  app.delete(
    "/sessions/:id",
    {
      preValidation: auth,
      config: forAnyone,
      schema: { tags: ["account"], summary: "End one of my sessions", params: z.object({ id: z.string().max(64) }) },
    },
    async (request, reply) => {
      await endSession(deps, authOf(request).user.id, request.params.id);
      return reply.status(204).send();
    },
  );

  app.delete(
    "/sessions",
    { preValidation: auth, config: forAnyone, schema: { tags: ["account"], summary: "End all my sessions but this one" } },
    async (request, reply) => {
      const { user, session } = authOf(request);
      await endOtherSessions(deps, user.id, session.id);
      return reply.status(204).send();
    },
  );
};
