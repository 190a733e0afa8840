import { pushPrefs, pushSettingsView, pushSubscriptionBody, pushUnsubscribeBody } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authOf } from "../http/auth.ts";
import type { PushService } from "../push/service.ts";
import { pushSettings, savePushPrefs, subscribeDevice, unsubscribeDevice } from "../push/settings.ts";
import type { RouteContext } from "./context.ts";

/** Gentle notifications: what I opted in to, and which of my devices receive them. */
export const pushRoutes: FastifyPluginAsyncZod<RouteContext & { push: PushService }> = async (app, { deps, auth, push }) => {
  app.get(
    "/push/settings",
    {
      preValidation: auth,
      schema: { tags: ["notifications"], summary: "What I get notified about, and whether this device gets it", response: { 200: pushSettingsView } },
    },
    async (request) => {
      const { user, session } = authOf(request);
      return pushSettings(deps, push, user, session);
    },
  );

  app.put(
    "/push/prefs",
    {
      preValidation: auth,
      schema: { tags: ["notifications"], summary: "Choose the kinds, the daily reminder and quiet hours", body: pushPrefs, response: { 200: pushPrefs } },
    },
    async (request) => savePushPrefs(deps, authOf(request).user, request.body),
  );

  app.post(
    "/push/subscriptions",
    { preValidation: auth, schema: { tags: ["notifications"], summary: "Notify this device (until this session ends)", body: pushSubscriptionBody } },
    async (request, reply) => {
      const { user, session } = authOf(request);
      await subscribeDevice(deps, push, user, session, request.body);
      return reply.status(204).send();
    },
  );

  app.delete(
    "/push/subscriptions",
    { preValidation: auth, schema: { tags: ["notifications"], summary: "Stop notifying one of my devices", body: pushUnsubscribeBody } },
    async (request, reply) => {
      await unsubscribeDevice(deps, authOf(request).user, request.body.endpoint);
      return reply.status(204).send();
    },
  );
};
