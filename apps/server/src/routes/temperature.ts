import {
  currentTemperatureView,
  pageQuery,
  startTemperatureBody,
  temperatureEntryBody,
  temperatureEntryParams,
  temperatureHistoryView,
  temperatureParams,
  temperatureReadingView,
} from "@attune/shared";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { currentTemperature, endTemperature, finishTemperature, startTemperature, temperatureHistory, writeTemperature } from "../domain/temperature.ts";
import { authOf } from "../http/auth.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { presentTemperature } from "../http/present-temperature.ts";
import type { RouteContext } from "./context.ts";

const tags = ["temperature reading"];

export const temperatureRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { deps, auth }) => {
  app.get(
    "/temperature/current",
    { preValidation: auth, schema: { tags, summary: "Our open temperature reading, if any", response: { 200: currentTemperatureView } } },
    async (request) => {
      const reading = await currentTemperature(deps, authOf(request).user);
      return { reading: reading && presentTemperature(reading) };
    },
  );

  app.get(
    "/temperature",
    {
      preValidation: auth,
      schema: { tags, summary: "Our finished temperature readings, newest first", querystring: pageQuery, response: { 200: temperatureHistoryView } },
    },
    async (request) => {
      const page = await temperatureHistory(deps, authOf(request).user, decodeCursor(request.query.before, "time"), request.query.limit);
      return { items: page.items.map(presentTemperature), nextCursor: encodeCursor(page.next) };
    },
  );

  app.post(
    "/temperature",
    {
      preValidation: auth,
      schema: {
        tags,
        summary: "Start a temperature reading (or join the one my partner just started)",
        body: startTemperatureBody,
        response: { 200: temperatureReadingView },
      },
    },
    async (request) => presentTemperature(await startTemperature(deps, authOf(request).user, request.body.mode)),
  );

  app.put(
    "/temperature/:id/entries/:part",
    {
      preValidation: auth,
      schema: {
        tags,
        summary: "Write my words for one part (empty removes them)",
        params: temperatureEntryParams,
        body: temperatureEntryBody,
        response: { 200: temperatureReadingView },
      },
    },
    async (request) => presentTemperature(await writeTemperature(deps, authOf(request).user, request.params.id, request.params.part, request.body.text)),
  );

  app.post(
    "/temperature/:id/finish",
    {
      preValidation: auth,
      schema: { tags, summary: "I'm done (apart: the reading opens when both are)", params: temperatureParams, response: { 200: temperatureReadingView } },
    },
    async (request) => presentTemperature(await finishTemperature(deps, authOf(request).user, request.params.id)),
  );

  app.post(
    "/temperature/:id/end",
    {
      preValidation: auth,
      schema: { tags, summary: "End the reading now (sealed words stay sealed)", params: temperatureParams, response: { 200: temperatureReadingView } },
    },
    async (request) => presentTemperature(await endTemperature(deps, authOf(request).user, request.params.id)),
  );
};
