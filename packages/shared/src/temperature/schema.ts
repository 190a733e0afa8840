import { z } from "zod";
import { TEMPERATURE_PARTS } from "./parts.ts";

/**
 * "together": both on one device, taking turns aloud; what is written is a shared note
 * both see at once. "apart": each on their own device; each person's words stay sealed
 * until both have finished, then both are shown.
 */
export const TEMPERATURE_MODES = ["together", "apart"] as const;
export type TemperatureMode = (typeof TEMPERATURE_MODES)[number];

export const temperaturePartSchema = z.enum(TEMPERATURE_PARTS);

export const startTemperatureBody = z.object({ mode: z.enum(TEMPERATURE_MODES) });
export const temperatureEntryBody = z.object({
  text: z.string().trim().max(2000, "Keep this under 2000 characters."),
});
export const temperatureParams = z.object({ id: z.string().min(1).max(64) });
export const temperatureEntryParams = temperatureParams.extend({ part: temperaturePartSchema });

export const temperatureEntryView = z.object({
  part: temperaturePartSchema,
  authorId: z.string(),
  text: z.string(),
});

export const temperatureReadingView = z.object({
  id: z.string(),
  mode: z.enum(TEMPERATURE_MODES),
  startedBy: z.string().nullable(),
  createdAt: z.string(),
  /** Set when the reading is complete (both finished, or the together session ended). */
  finishedAt: z.string().nullable(),
  iFinished: z.boolean(),
  partnerFinished: z.boolean(),
  /** Mine always; my partner's only once both have finished (or at once, together). */
  entries: z.array(temperatureEntryView),
});
export type TemperatureReadingView = z.infer<typeof temperatureReadingView>;

export const currentTemperatureView = z.object({ reading: temperatureReadingView.nullable() });
export const temperatureHistoryView = z.object({
  items: z.array(temperatureReadingView),
  nextCursor: z.string().nullable(),
});
