/**
 * Attune's service worker (built by vite-plugin-pwa, injectManifest). It keeps the app
 * shell and static files (HTML, scripts, styles, icons: the build's precache list) so the
 * app opens offline, and shows notifications. It never caches /api: what people wrote
 * must not stay on a shared device (docs/privacy.md).
 */
import { pushPayload, type PushPayload } from "@attune/shared";
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { OPEN_SCREEN_MESSAGE, SKIP_WAITING_MESSAGE } from "./messages.ts";

// The worker's own types are not in the DOM library the rest of the app compiles with:
// the few it uses are named here.
interface ExtendableEventLike extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface PushEventLike extends ExtendableEventLike {
  data: { json(): unknown } | null;
}
interface NotificationEventLike extends ExtendableEventLike {
  notification: Notification;
}
interface WindowClientLike {
  url: string;
  focus(): Promise<unknown>;
  postMessage(message: unknown): void;
}
interface WorkerScope {
  location: Location;
  registration: ServiceWorkerRegistration;
  clients: { matchAll(options: { type: "window"; includeUncontrolled: boolean }): Promise<WindowClientLike[]>; openWindow(url: string): Promise<unknown> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "push", listener: (event: PushEventLike) => void): void;
  addEventListener(type: "notificationclick", listener: (event: NotificationEventLike) => void): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}
const sw = globalThis as unknown as WorkerScope;

// Written as `self.__WB_MANIFEST` on purpose: the build replaces exactly that text with the precache list.
precacheAndRoute((self as unknown as { __WB_MANIFEST: (PrecacheEntry | string)[] }).__WB_MANIFEST);
cleanupOutdatedCaches();
// Every screen is the one app page: offline, a deep link opens the cached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL("/index.html"), { denylist: [/^\/api\//] }));
// The first install takes the open page at once; a later version waits for the person's "Refresh".
clientsClaim();

sw.addEventListener("message", (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING_MESSAGE) void sw.skipWaiting();
});

const FALLBACK: PushPayload = { kind: "reminder", title: "Attune", body: "Something new is waiting in Attune.", url: "/", tag: "attune" };

function readPayload(event: PushEventLike): PushPayload {
  try {
    const parsed = pushPayload.safeParse(event.data?.json());
    return parsed.success ? parsed.data : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

sw.addEventListener("push", (event) => {
  const payload = readPayload(event);
  event.waitUntil(
    sw.registration.showNotification(payload.title, {
      body: payload.body,
      tag: payload.tag,
      icon: "/icons/icon-192.png",
      badge: "/icons/maskable-192.png",
      data: { url: payload.url },
    }),
  );
});

/** An in-app path only: a notification never opens another site. */
function screenOf(notification: Notification): string {
  const url = (notification.data as { url?: unknown } | null)?.url;
  return typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

/** Opens the screen in an open Attune window (the app moves there itself), or in a new one. */
async function openScreen(path: string): Promise<void> {
  const windows = await sw.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((w) => new URL(w.url).origin === sw.location.origin);
  if (open) {
    open.postMessage({ type: OPEN_SCREEN_MESSAGE, url: path });
    await open.focus().catch(() => {}); // focusing may be refused; the screen still changed
    return;
  }
  await sw.clients.openWindow(new URL(path, sw.location.origin).href);
}

sw.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(openScreen(screenOf(event.notification)));
});
