import { meView, resetCompleteBody, resetRequestBody, resetRequestView } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { describeMe } from "../domain/couples.ts";
import { completePasswordReset, requestPasswordReset } from "../domain/password-reset.ts";
import { setDeviceCookie } from "../http/device-cookie.ts";
import { presentMe } from "../http/present.ts";
import { setSessionCookie } from "../http/session-cookie.ts";
import type { RouteContext } from "./context.ts";
import { originOf } from "./origin.ts";

export const passwordResetRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { deps, mailer } = ctx;
  const attemptLimit = { rateLimit: { max: ctx.authAttemptsPerMinute, timeWindow: "1 minute" } };

  app.post(
    "/auth/reset/request",
    {
      config: attemptLimit,
      schema: {
        tags: ["auth"],
        summary: "Ask for a password reset (same answer whether or not the account exists)",
        body: resetRequestBody,
        response: { 202: resetRequestView },
      },
    },
    async (request, reply) => {
      const { sending } = await requestPasswordReset(deps, mailer, request.body.email, originOf(request, ctx.publicOrigin));
      // Not awaited: how long sending takes would tell whether the account exists.
      sending?.catch((error: unknown) => {
        const code = typeof error === "object" && error && "code" in error ? String(error.code) : "unknown";
        request.log.warn({ mailError: code }, "a password-reset email could not be sent");
      });
      return reply.status(202).send({ delivery: mailer ? "email" : "operator" });
    },
  );

  app.post(
    "/auth/reset/complete",
    {
      config: attemptLimit,
      schema: {
        tags: ["auth"],
        summary: "Set a new password with a reset code (ends every session, signs in here)",
        body: resetCompleteBody,
        response: { 200: meView },
      },
    },
    async (request, reply) => {
      const signedIn = await completePasswordReset(deps, request.body, request.headers["user-agent"] ?? null);
      setSessionCookie(request, reply, signedIn.token);
      setDeviceCookie(request, reply, signedIn.deviceCookie);
      const me = await describeMe(deps, signedIn.user);
      return presentMe(me, originOf(request, ctx.publicOrigin));
    },
  );
};
