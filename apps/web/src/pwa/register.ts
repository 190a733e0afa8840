import { navigate } from "../router.tsx";
import { OPEN_SCREEN_MESSAGE } from "./messages.ts";

export interface UpdateState {
  /** A new version is installed and waiting for the person's "Refresh". */
  waiting: boolean;
  apply(): void;
}

let update: UpdateState = { waiting: false, apply: () => {} };
const listeners = new Set<() => void>();

export const updateState = (): UpdateState => update;
export function onUpdateState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Registers the service worker (production builds only) and listens for it: a clicked
 * notification moves the app to its screen; a new version waits until the person agrees.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as { type?: unknown; url?: unknown } | null;
    if (data?.type === OPEN_SCREEN_MESSAGE && typeof data.url === "string" && data.url.startsWith("/") && !data.url.startsWith("//")) navigate(data.url);
  });
  const { registerSW } = await import("virtual:pwa-register");
  const apply = registerSW({
    immediate: true,
    onNeedRefresh() {
      update = { waiting: true, apply: () => void apply(true) };
      for (const listener of listeners) listener();
    },
  });
}
