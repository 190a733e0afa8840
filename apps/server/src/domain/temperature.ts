import { TEMPERATURE_PARTS, type TemperatureMode, type TemperaturePart } from "@attune/shared";
import { UniqueViolation, type Cursor, type TemperatureEntryRecord, type TemperatureReadingRecord, type UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError } from "./errors.ts";
import { newId } from "./ids.ts";

/**
 * The Daily Temperature Reading for two. Together (one device) everything written is a
 * shared note both see at once. Apart, each person's words stay sealed until both have
 * said they are done; a reading ended early never reveals the partner's words.
 */
export interface TemperatureReading {
  reading: TemperatureReadingRecord;
  iFinished: boolean;
  partnerFinished: boolean;
  /** Only what the viewer may read. */
  entries: TemperatureEntryRecord[];
}

export interface TemperaturePage {
  items: TemperatureReading[];
  next: Cursor | null;
}

const missing = () => new DomainError("not_found", "That temperature reading was not found.");

async function coupleOf(deps: DomainDeps, viewer: UserRecord) {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) throw new DomainError("conflict", "The temperature reading is for two: link with your partner first.");
  return couple;
}

/** The reading, if it belongs to the couple the viewer is in now. */
async function readingFor(deps: DomainDeps, viewer: UserRecord, id: string) {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  const reading = await deps.store.temperature.findById(id);
  if (!couple || !reading || reading.coupleId !== couple.id) throw missing();
  return { couple, reading };
}

async function views(deps: DomainDeps, viewerId: string, readings: TemperatureReadingRecord[]): Promise<TemperatureReading[]> {
  const ids = readings.map((r) => r.id);
  const [entries, finishes] = await Promise.all([deps.store.temperature.entriesOf(ids), deps.store.temperature.finishesOf(ids)]);
  return readings.map((reading) => {
    const done = finishes.filter((f) => f.readingId === reading.id);
    const iFinished = done.some((f) => f.userId === viewerId);
    const partnerFinished = done.some((f) => f.userId !== viewerId);
    const revealed = reading.mode === "together" || (iFinished && partnerFinished);
    const order = (e: TemperatureEntryRecord) => TEMPERATURE_PARTS.indexOf(e.part as TemperaturePart);
    return {
      reading,
      iFinished,
      partnerFinished,
      entries: entries
        .filter((e) => e.readingId === reading.id && (e.authorId === viewerId || revealed))
        .sort((a, b) => order(a) - order(b) || a.updatedAt - b.updatedAt),
    };
  });
}

async function viewOf(deps: DomainDeps, viewerId: string, reading: TemperatureReadingRecord): Promise<TemperatureReading> {
  const [view] = await views(deps, viewerId, [reading]);
  if (!view) throw missing();
  return view;
}

export async function currentTemperature(deps: DomainDeps, viewer: UserRecord): Promise<TemperatureReading | null> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) return null;
  const open = await deps.store.temperature.openForCouple(couple.id);
  return open ? viewOf(deps, viewer.id, open) : null;
}

/** Starts a reading; when the partner has just started one, joins theirs instead. */
export async function startTemperature(deps: DomainDeps, viewer: UserRecord, mode: TemperatureMode): Promise<TemperatureReading> {
  const couple = await coupleOf(deps, viewer);
  const reading: TemperatureReadingRecord = { id: newId(), coupleId: couple.id, startedBy: viewer.id, mode, createdAt: deps.now(), finishedAt: null };
  try {
    await deps.store.temperature.create(reading);
  } catch (error) {
    if (!(error instanceof UniqueViolation)) throw error;
    const open = await deps.store.temperature.openForCouple(couple.id);
    if (!open) throw error;
    return viewOf(deps, viewer.id, open);
  }
  await deps.events.publish({ coupleId: couple.id, type: "temperature", id: reading.id, actorId: viewer.id });
  return viewOf(deps, viewer.id, reading);
}

export async function writeTemperature(deps: DomainDeps, viewer: UserRecord, id: string, part: TemperaturePart, text: string): Promise<TemperatureReading> {
  const { couple, reading } = await readingFor(deps, viewer, id);
  if (reading.finishedAt !== null) throw new DomainError("conflict", "This reading has ended; start a new one whenever you like.");
  const finishes = await deps.store.temperature.finishesOf([reading.id]);
  if (reading.mode === "apart" && finishes.some((f) => f.userId === viewer.id)) {
    throw new DomainError("conflict", "You've already finished your part of this reading.");
  }
  await deps.store.temperature.putEntry({ readingId: reading.id, authorId: viewer.id, part, text, updatedAt: deps.now() });
  // Together, the partner's screen shows the shared notes as they are written.
  if (reading.mode === "together") await deps.events.publish({ coupleId: couple.id, type: "temperature", id: reading.id, actorId: viewer.id });
  return viewOf(deps, viewer.id, reading);
}

/** "I'm done": together, that ends the sitting; apart, the reading ends when both are done. */
export async function finishTemperature(deps: DomainDeps, viewer: UserRecord, id: string): Promise<TemperatureReading> {
  const { couple, reading } = await readingFor(deps, viewer, id);
  if (reading.finishedAt !== null) return viewOf(deps, viewer.id, reading);
  const now = deps.now();
  await deps.store.temperature.markFinished({ readingId: reading.id, userId: viewer.id, finishedAt: now });
  const finishes = await deps.store.temperature.finishesOf([reading.id]);
  const both = new Set(finishes.map((f) => f.userId)).size >= 2;
  if (reading.mode === "together" || both) await deps.store.temperature.close(reading.id, now);
  await deps.events.publish({ coupleId: couple.id, type: "temperature", id: reading.id, actorId: viewer.id });
  const fresh = await deps.store.temperature.findById(reading.id);
  return viewOf(deps, viewer.id, fresh ?? reading);
}

/** Ends a reading early (either partner, no reason asked). Sealed words stay sealed. */
export async function endTemperature(deps: DomainDeps, viewer: UserRecord, id: string): Promise<TemperatureReading> {
  const { couple, reading } = await readingFor(deps, viewer, id);
  if (reading.finishedAt === null) {
    await deps.store.temperature.close(reading.id, deps.now());
    await deps.events.publish({ coupleId: couple.id, type: "temperature", id: reading.id, actorId: viewer.id });
  }
  const fresh = await deps.store.temperature.findById(reading.id);
  return viewOf(deps, viewer.id, fresh ?? reading);
}

export async function temperatureHistory(deps: DomainDeps, viewer: UserRecord, before: Cursor | null, limit: number): Promise<TemperaturePage> {
  const couple = await deps.store.couples.activeForUser(viewer.id);
  if (!couple) return { items: [], next: null };
  const rows = await deps.store.temperature.finishedForCouple(couple.id, limit + 1, before ?? undefined);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await views(deps, viewer.id, page),
    next: rows.length > limit && last ? { key: last.createdAt, id: last.id } : null,
  };
}
