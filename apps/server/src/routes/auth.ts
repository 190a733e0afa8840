import { loginBody, meView, signupBody } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { logIn, logOut, signUp } from "../domain/accounts.ts";
import { describeMe } from "../domain/couples.ts";
import { forAnyone } from "../http/audience.ts";
import { authOf } from "../http/auth.ts";
import { deviceCookieOf, setDeviceCookie } from "../http/device-cookie.ts";
import { presentMe } from "../http/present.ts";
import { clearSessionCookie, setSessionCookie } from "../http/session-cookie.ts";
import type { RouteContext } from "./context.ts";
import { originOf } from "./origin.ts";

export const authRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { deps, auth } = ctx;
  const attemptLimit = { rateLimit: { max: ctx.authAttemptsPerMinute, timeWindow: "1 minute" } };

  app.post(
    "/auth/signup",
    {
      config: attemptLimit,
      schema: { tags: ["auth"], summary: "Create an account and sign in", body: signupBody, response: { 201: meView } },
    },
    async (request, reply) => {
      const signedIn = await signUp(deps, request.body, request.headers["user-agent"] ?? null);
      setSessionCookie(request, reply, signedIn.token);
      setDeviceCookie(request, reply, signedIn.deviceCookie);
      const me = await describeMe(deps, signedIn.user);
      return reply.status(201).send(presentMe(me, originOf(request, ctx.publicOrigin)));
    },
  );

  app.post(
    "/auth/login",
    {
      config: attemptLimit,
      schema: { tags: ["auth"], summary: "Sign in (starts a new session)", body: loginBody, response: { 200: meView } },
    },
    async (request, reply) => {
      const signedIn = await logIn(deps, request.body, {
        userAgent: request.headers["user-agent"] ?? null,
        deviceCookie: deviceCookieOf(request),
        address: request.ip,
      });
      setSessionCookie(request, reply, signedIn.token);
      setDeviceCookie(request, reply, signedIn.deviceCookie);
      const me = await describeMe(deps, signedIn.user);
      return presentMe(me, originOf(request, ctx.publicOrigin));
    },
  );

  app.post("/auth/logout", { preValidation: auth, config: forAnyone, schema: { tags: ["auth"], summary: "End this session" } }, async (request, reply) => {
    await logOut(deps, authOf(request).session);
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });
};
