import { useEffect, useRef, useState } from "react";

/**
 * Text for an aria-live region that changes at most once every `minGapMs`, and only
 * when the message itself changes — so a screen reader hears the coach settle, not
 * every keystroke.
 */
export function useCalmAnnouncement(message: string, minGapMs = 2000): string {
  const [spoken, setSpoken] = useState("");
  const lastAt = useRef(0);
  useEffect(() => {
    if (message === spoken) return;
    const wait = Math.max(0, lastAt.current + minGapMs - Date.now());
    const timer = window.setTimeout(() => {
      lastAt.current = Date.now();
      setSpoken(message);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [message, spoken, minGapMs]);
  return spoken;
}
