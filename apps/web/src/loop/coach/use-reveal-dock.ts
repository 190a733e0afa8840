import { useCallback, useEffect, useRef } from "react";

/** Where the coach moves below the form (loop.css) and the dock takes its place (composer.css). */
const NARROW = "(max-width: 49.99rem)";

/**
 * On a phone, focusing the field scrolls only the field into view, and the keyboard then
 * shrinks the page: bring the whole form (draft, coach line, Send) into view, and again
 * whenever the visible area changes size while writing.
 */
export function useRevealDock() {
  const dock = useRef<HTMLDivElement>(null);
  const revealDock = useCallback(() => {
    if (window.matchMedia(NARROW).matches) dock.current?.closest("form")?.scrollIntoView({ block: "nearest" });
  }, []);
  useEffect(() => {
    const onResize = () => {
      if (dock.current?.closest("form")?.contains(document.activeElement)) revealDock();
    };
    window.addEventListener("resize", onResize);
    window.visualViewport?.addEventListener("resize", onResize);
    return () => {
      window.removeEventListener("resize", onResize);
      window.visualViewport?.removeEventListener("resize", onResize);
    };
  }, [revealDock]);
  return { dock, revealDock };
}
