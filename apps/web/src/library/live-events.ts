import { useEffect, useRef } from "react";

/**
 * Calls `onChange` when the server announces a partner's change of one of `types`
 * ("try" for shared practices, "repair" for guided repair) on /api/events, and once
 * more after the stream reconnects (something may have been missed meanwhile).
 * The daily loop's shared stream knows only its own event types, so these screens
 * open their own while they are shown. Polling stays on as the fallback.
 */
export function usePartnerEvents(types: readonly string[], onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  const key = types.join(",");
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/events", { withCredentials: true });
    let readyBefore = false;
    const fire = () => latest.current();
    source.addEventListener("ready", () => {
      if (readyBefore) fire();
      readyBefore = true;
    });
    for (const type of key.split(",")) source.addEventListener(type, fire);
    return () => source.close();
  }, [key]);
}
