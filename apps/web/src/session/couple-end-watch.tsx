import { useLiveEvents } from "../live/events.ts";
import type { Flash } from "./flash.ts";

/**
 * While linked: when the partner unlinks, every screen learns it at once and says so
 * kindly, on the screen the person is on.
 */
export function CoupleEndWatch({ partnerName, onEnded, onFlash }: { partnerName: string; onEnded: () => Promise<void>; onFlash: (flash: Flash) => void }) {
  useLiveEvents((event) => {
    // Not on "resync": only the partner's unlink itself is news worth a notice.
    if (event.type !== "couple") return;
    void onEnded().then(() => {
      onFlash({
        path: window.location.pathname,
        tone: "info",
        message: `${partnerName} ended your link. What each of you wrote stays with its author; you can link again whenever you're both ready.`,
      });
    });
  });
  return null;
}
