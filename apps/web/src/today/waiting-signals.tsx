import { useEffect } from "react";
import { useToday } from "./api.ts";

const PREFIX = /^\(\d+\) /;

/** "(2) Check in · Attune" while two things wait; the title each screen sets stays underneath. */
export function titleWithCount(title: string, count: number): string {
  const bare = title.replace(PREFIX, "");
  return count > 0 ? `(${count}) ${bare}` : bare;
}

interface BadgingNavigator {
  setAppBadge?: (count?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
}

/** The installed app's badge where the Badging API exists; elsewhere the title says it alone. */
function showBadge(count: number): void {
  const nav = navigator as Navigator & BadgingNavigator;
  // Refusals (not installed, no permission) are expected and change nothing for the person.
  if (count > 0) void nav.setAppBadge?.(count).catch(() => {});
  else void nav.clearAppBadge?.().catch(() => {});
}

/**
 * Shows how many things wait in the tab title and the app badge. Screens set their own
 * titles (ui/page.tsx), so the count is put back whenever the title changes.
 */
export function WaitingSignals() {
  const { count } = useToday();
  useEffect(() => {
    const apply = () => {
      const next = titleWithCount(document.title, count);
      if (next !== document.title) document.title = next;
    };
    apply();
    showBadge(count);
    const title = document.querySelector("title");
    if (!title) return;
    const observer = new MutationObserver(apply);
    observer.observe(title, { childList: true, characterData: true, subtree: true });
    return () => observer.disconnect();
  }, [count]);
  return null;
}
