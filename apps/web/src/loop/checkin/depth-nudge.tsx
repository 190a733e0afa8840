import { analyze } from "@attune/coach";
import { useMemo } from "react";
import { useDebounced } from "../use-debounced.ts";

const MIN_WORDS = 4;

/**
 * The coach's gentle nudge while someone writes their mind-and-heart answer: when the
 * words stay on what happened, it asks how it felt. A quiet status line, never a gate.
 */
export function DepthNudge({ text }: { text: string }) {
  const settled = useDebounced(text, 700);
  const nudge = useMemo(() => {
    if (settled.trim().split(/\s+/).length < MIN_WORDS) return null;
    try {
      return analyze({ share: settled }).depthNudge;
    } catch {
      return null;
    }
  }, [settled]);
  return (
    <p role="status" className={nudge ? "nudge" : "nudge nudge--empty"}>
      {nudge ? (
        <>
          <span aria-hidden="true">❀ </span>
          {nudge}
        </>
      ) : null}
    </p>
  );
}
