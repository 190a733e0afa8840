import { PARTNER_EVENT_TYPES, THERAPIST_EVENT, type PartnerEventType } from "@attune/shared";
import { useEffect, useRef } from "react";

/**
 * What the server announces (ids only, never text); see apps/server/src/routes/events.ts.
 * "resync" is ours: the stream came back after a drop, so listeners should look again
 * for anything they missed.
 */
export type { PartnerEventType };
export type LiveEventType = PartnerEventType | typeof THERAPIST_EVENT | "resync";
export interface LiveEvent {
  type: LiveEventType;
  id: string;
}

type Listener = (event: LiveEvent) => void;

// One EventSource per tab, shared by every screen part that listens, opened while at
// least one listens: a browser allows only a few connections per origin over HTTP/1.1,
// so a stream per screen would starve the tab's own requests. The browser reconnects on
// its own (the server sends `retry`).
const listeners = new Set<Listener>();
let source: EventSource | null = null;
// A therapist's stream and a couple's both announce changes to therapist grants.
const TYPES: readonly Exclude<LiveEventType, "resync">[] = [...new Set([...PARTNER_EVENT_TYPES, THERAPIST_EVENT])];

function tell(event: LiveEvent): void {
  for (const listener of listeners) listener(event);
}
const RESYNC: LiveEvent = { type: "resync", id: "" };

function open(): void {
  if (source || typeof EventSource === "undefined") return;
  source = new EventSource("/api/events", { withCredentials: true });
  let readyBefore = false;
  source.addEventListener("ready", () => {
    if (readyBefore) tell(RESYNC);
    readyBefore = true;
  });
  // The server's own link to other instances dropped and came back: look again too.
  source.addEventListener("resync", () => tell(RESYNC));
  // This session ended (signed out here or elsewhere, password changed): the server has
  // closed the stream. Stop reconnecting; screens look again and are asked to sign in.
  source.addEventListener("ended", () => {
    close();
    tell(RESYNC);
  });
  for (const type of TYPES) {
    source.addEventListener(type, (message) => {
      let id = "";
      try {
        const data: unknown = JSON.parse((message as MessageEvent<string>).data);
        if (data && typeof data === "object" && "id" in data && typeof data.id === "string") id = data.id;
      } catch {
        return;
      }
      tell({ type, id });
    });
  }
}

function close(): void {
  source?.close();
  source = null;
}

/** A fresh stream, and everyone listening looks for what they may have missed. */
function reopen(): void {
  close();
  open();
  tell(RESYNC);
}

// A hidden tab lets its stream go: every signed-in tab would otherwise hold one of the
// browser's few connections to us for nothing. Back in view, it opens again and everyone
// listening looks for what they missed.
let watchingVisibility = false;
function watchVisibility(): void {
  if (watchingVisibility || typeof document === "undefined") return;
  watchingVisibility = true;
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") {
      close();
    } else if (!source && listeners.size > 0) {
      reopen();
    }
  });
}

/**
 * The server subscribes a stream to the couple it belongs to when it opens; after linking
 * or unlinking an open stream must start again to hear the right couple.
 */
export function reconnectLiveEvents(): void {
  if (source) reopen();
}

/** Calls `onEvent` for every live change from the partner while the component is shown. */
export function useLiveEvents(onEvent: Listener): void {
  const latest = useRef(onEvent);
  latest.current = onEvent;
  useEffect(() => {
    const listener: Listener = (event) => latest.current(event);
    listeners.add(listener);
    watchVisibility();
    if (typeof document === "undefined" || document.visibilityState !== "hidden") open();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) close();
    };
  }, []);
}

/**
 * Calls `onChange` when the partner changes something of one of `types`, and after the
 * stream reconnects (something may have been missed meanwhile).
 */
export function usePartnerEvents(types: readonly PartnerEventType[], onChange: () => void): void {
  useLiveEvents((event) => {
    if (event.type === "resync" || (types as readonly string[]).includes(event.type)) onChange();
  });
}
