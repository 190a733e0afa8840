import type { MeView } from "@attune/shared";
import { isTherapist } from "../session/role.ts";

/**
 * The phone's bottom bar: at most five destinations, the rest under More. Paths are the
 * routes' own (routes.tsx); a tab is current on its path and below it.
 */
export interface Tab {
  to: string;
  label: string;
  icon: string;
}

export const TABS: readonly Tab[] = [
  { to: "/", label: "Today", icon: "☀" },
  { to: "/check-in", label: "Check in", icon: "✎" },
  { to: "/timeline", label: "Together", icon: "❦" },
  { to: "/library", label: "Practice", icon: "❀" },
  { to: "/more", label: "More", icon: "☰" },
];

/** A therapist's app has two destinations and no More. */
export const THERAPIST_TABS: readonly Tab[] = [
  { to: "/", label: "Clients", icon: "☷" },
  { to: "/account", label: "Account", icon: "☺" },
];

export const tabsFor = (me: MeView): readonly Tab[] => (isTherapist(me) ? THERAPIST_TABS : TABS);

export const isCurrent = (to: string, pathname: string): boolean => (to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`));

/** The tab a path belongs to: its own, or More for every other screen. */
export function tabOf(pathname: string, tabs: readonly Tab[] = TABS): string {
  const own = tabs.find((t) => t.to !== "/more" && isCurrent(t.to, pathname));
  if (own) return own.to;
  if (tabs !== TABS) return tabs[0]?.to ?? "/";
  if (pathname.startsWith("/checkins/") || pathname === "/history") return "/timeline";
  return "/more";
}
