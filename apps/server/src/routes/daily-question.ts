import { answerBody, dailyQuestionView, dayBody, daySchema, questionSettingsBody, questionSettingsView, skipBody } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { answerDaily, changeQuestionSettings, dailyQuestion, questionSettings, skipDaily, swapDaily } from "../domain/daily-question.ts";
import { authOf } from "../http/auth.ts";
import { presentDaily } from "../http/present-loop.ts";
import type { RouteContext } from "./context.ts";

export const dailyQuestionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/daily-question",
    {
      preValidation: auth,
      schema: { tags: ["daily question"], summary: "Today's question for us", querystring: z.object({ day: daySchema }), response: { 200: dailyQuestionView } },
    },
    async (request) => presentDaily(await dailyQuestion(deps, authOf(request).user, request.query.day)),
  );

  app.post(
    "/daily-question/answer",
    {
      preValidation: auth,
      schema: {
        tags: ["daily question"],
        summary: "Answer today's question (sealed until both answer)",
        body: answerBody,
        response: { 200: dailyQuestionView },
      },
    },
    async (request) => presentDaily(await answerDaily(deps, authOf(request).user, request.body.day, request.body.text)),
  );

  app.post(
    "/daily-question/swap",
    {
      preValidation: auth,
      schema: {
        tags: ["daily question"],
        summary: "Another question for today, for both of us (before either answers)",
        body: dayBody,
        response: { 200: dailyQuestionView },
      },
    },
    async (request) => presentDaily(await swapDaily(deps, authOf(request).user, request.body.day)),
  );

  app.post(
    "/daily-question/skip",
    {
      preValidation: auth,
      schema: { tags: ["daily question"], summary: "Let today's question pass, or take that back", body: skipBody, response: { 200: dailyQuestionView } },
    },
    async (request) => presentDaily(await skipDaily(deps, authOf(request).user, request.body.day, request.body.skip)),
  );

  app.get(
    "/daily-question/settings",
    {
      preValidation: auth,
      schema: {
        tags: ["daily question"],
        summary: "The sets I chose, whether it's a rough patch, and what is on for us",
        response: { 200: questionSettingsView },
      },
    },
    async (request) => questionSettings(deps, authOf(request).user),
  );

  app.put(
    "/daily-question/settings",
    {
      preValidation: auth,
      schema: {
        tags: ["daily question"],
        summary: "Choose the sets and circumstances that fit us, and say when it's a rough patch",
        body: questionSettingsBody,
        response: { 200: questionSettingsView },
      },
    },
    async (request) => changeQuestionSettings(deps, authOf(request).user, request.body),
  );
};
