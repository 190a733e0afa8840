import { answerBody, dailyQuestionView, daySchema } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { answerDaily, dailyQuestion } from "../domain/daily-question.ts";
import { authOf } from "../http/auth.ts";
import { presentDaily } from "../http/present-loop.ts";
import type { RouteContext } from "./context.ts";

export const dailyQuestionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/daily-question",
    { preValidation: auth, schema: { tags: ["daily question"], summary: "Today's question for us", querystring: z.object({ day: daySchema }), response: { 200: dailyQuestionView } } },
    async (request) => presentDaily(await dailyQuestion(deps, authOf(request).user, request.query.day)),
  );

  app.post(
    "/daily-question/answer",
    { preValidation: auth, schema: { tags: ["daily question"], summary: "Answer today's question (sealed until both answer)", body: answerBody, response: { 200: dailyQuestionView } } },
    async (request) => presentDaily(await answerDaily(deps, authOf(request).user, request.body.day, request.body.text)),
  );
};
