import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

/**
 * A tiny router on the History API: no library, because the app has a handful of flat
 * routes. `navigate` pushes a URL and notifies subscribers; `<Link>` is a real <a href>
 * (so middle-click and "copy link" work) that navigates in-app on a plain click.
 */

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

// Set by in-app navigation (and back/forward) so the next screen moves focus to its
// heading; on first load focus stays where the browser put it.
let focusPending = false;
/** True once after a navigation; the screen's heading takes focus then. */
export function takeFocusPending(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}
if (typeof window !== "undefined") window.addEventListener("popstate", () => (focusPending = true));

/** The current path plus query string ("/invite/ABCD2345?x=1"); re-renders on change. */
export function useLocation(): { pathname: string; search: URLSearchParams; href: string } {
  const href = useSyncExternalStore(subscribe, snapshot, () => "/");
  const url = new URL(href, "http://attune.local");
  return { pathname: url.pathname, search: url.searchParams, href };
}

/** Goes to an in-app path. `replace` swaps the history entry (for redirects). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.scrollTo(0, 0);
  focusPending = true;
  notify();
}

/** Renders nothing and redirects; for routes that need the visitor elsewhere. */
export function Redirect({ to }: { to: string }): null {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || modified || rest.target) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}

/**
 * Matches "/invite/:code" against "/invite/ABCD2345" → { code: "ABCD2345" }; null when
 * it does not match. Segments are compared exactly; params are URI-decoded.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const have = pathname.split("/").filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const h = have[i] as string;
    if (w.startsWith(":")) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  return params;
}

/** A same-app path from a `?next=` value, or the fallback (never an external URL). */
export function safeNext(next: string | null, fallback = "/"): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
