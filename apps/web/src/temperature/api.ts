import {
  currentTemperatureView,
  temperatureHistoryView,
  temperatureReadingView,
  type TemperatureMode,
  type TemperaturePart,
  type TemperatureReadingView,
} from "@attune/shared";
import { call } from "../api/client.ts";

/** The Daily Temperature Reading's endpoints, typed by the shared views. */

const enc = encodeURIComponent;
export type { TemperatureReadingView };

export const fetchCurrentReading = async () => (await call("GET", "/api/temperature/current", currentTemperatureView)).reading;
export const fetchReadingHistory = (before: string | null) =>
  call("GET", `/api/temperature?limit=10${before ? `&before=${enc(before)}` : ""}`, temperatureHistoryView);
export const startReading = (mode: TemperatureMode) => call("POST", "/api/temperature", temperatureReadingView, { mode });
export const writePart = (id: string, part: TemperaturePart, text: string) =>
  call("PUT", `/api/temperature/${enc(id)}/entries/${enc(part)}`, temperatureReadingView, { text });
export const finishReading = (id: string) => call("POST", `/api/temperature/${enc(id)}/finish`, temperatureReadingView);
export const endReading = (id: string) => call("POST", `/api/temperature/${enc(id)}/end`, temperatureReadingView);
