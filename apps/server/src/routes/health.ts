import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
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
    async () => ({ status: "ok" as const, db: deps.store.engine }),
  );
};
