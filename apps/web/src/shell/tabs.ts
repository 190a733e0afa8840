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

export const isCurrent = (to: string, pathname: string): boolean => (to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`));

/** The tab a path belongs to: its own, or More for every other screen. */
export function tabOf(pathname: string): string {
  const own = TABS.find((t) => t.to !== "/more" && isCurrent(t.to, pathname));
  if (own) return own.to;
  if (pathname.startsWith("/checkins/") || pathname === "/history") return "/timeline";
  return "/more";
}
