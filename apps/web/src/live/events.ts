import { useEffect, useRef } from "react";

/**
 * What the server announces (ids only, never text); see apps/server/src/routes/events.ts.
 * "resync" is ours: the stream came back after a drop, so listeners should look again
 * for anything they missed.
 */
export type LoopEventType = "checkin" | "reply" | "feedback" | "answer" | "resync";
export interface LoopEvent {
  type: LoopEventType;
  id: string;
}

type Listener = (event: LoopEvent) => void;

// One EventSource per tab, shared by every screen part that listens, opened while at
// least one listens. The browser reconnects on its own (the server sends `retry`).
const listeners = new Set<Listener>();
let source: EventSource | null = null;
const TYPES: readonly LoopEventType[] = ["checkin", "reply", "feedback", "answer"];

function open(): void {
  if (source || typeof EventSource === "undefined") return;
  source = new EventSource("/api/events", { withCredentials: true });
  let readyBefore = false;
  source.addEventListener("ready", () => {
    if (readyBefore) for (const listener of listeners) listener({ type: "resync", id: "" });
    readyBefore = true;
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
      for (const listener of listeners) listener({ type, id });
    });
  }
}

function close(): void {
  source?.close();
  source = null;
}

/** Calls `onEvent` for every live change from the partner while the component is shown. */
export function useLoopEvents(onEvent: Listener): void {
  const latest = useRef(onEvent);
  latest.current = onEvent;
  useEffect(() => {
    const listener: Listener = (event) => latest.current(event);
    listeners.add(listener);
    open();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) close();
    };
  }, []);
}
