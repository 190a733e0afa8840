import { isTemperaturePart, type TemperatureReadingView } from "@attune/shared";
import type { TemperatureReading } from "../domain/temperature.ts";
import { iso } from "../domain/time.ts";

export function presentTemperature(view: TemperatureReading): TemperatureReadingView {
  const { reading } = view;
  return {
    id: reading.id,
    mode: reading.mode,
    startedBy: reading.startedBy,
    createdAt: iso(reading.createdAt),
    finishedAt: reading.finishedAt === null ? null : iso(reading.finishedAt),
    iFinished: view.iFinished,
    partnerFinished: view.partnerFinished,
    entries: view.entries.flatMap((e) => (isTemperaturePart(e.part) ? [{ part: e.part, authorId: e.authorId, text: e.text }] : [])),
  };
}
