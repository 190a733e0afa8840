import { COUNTRY_NAMES, countryCodeSchema, helpFor, helpView, INTERNATIONAL, type HelpDirectory } from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { RouteContext } from "./context.ts";

/**
 * Help services for a country. Public on purpose: the help page must work for someone who
 * is not signed in, on any device, and asking for it reveals nothing about anyone.
 */
export const helpRoutes: FastifyPluginAsyncZod<RouteContext & { help: HelpDirectory }> = async (app, { help }) => {
  app.get(
    "/help",
    {
      schema: {
        tags: ["safety"],
        summary: "Confidential help services for a country, and the worldwide ones (public)",
        querystring: z.object({ country: countryCodeSchema.default(INTERNATIONAL) }),
        response: { 200: helpView },
      },
    },
    async (request) => {
      const found = helpFor(help, request.query.country);
      const names = Object.fromEntries(found.countries.map((c) => [c, COUNTRY_NAMES[c] ?? c]));
      return { ...found, checked: help.checked, countryNames: { ...names, [INTERNATIONAL]: COUNTRY_NAMES[INTERNATIONAL] ?? INTERNATIONAL } };
    },
  );
};
