import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { health } from "../domain/health.ts";
import type { RouteContext } from "./context.ts";

export const healthRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps }) => {
  app.get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "Liveness and which database engine is in use",
        response: { 200: z.object({ status: z.literal("ok"), db: z.enum(["sqlite", "postgres"]) }) },
      },
    },
    async () => health(deps),
  );
};
