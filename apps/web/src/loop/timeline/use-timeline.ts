import type { CheckinView } from "@attune/shared";
import { useEffect, useRef, useState } from "react";
import { keys } from "../../data/keys.ts";
import { fetchTimeline, type TimelinePage } from "../api.ts";
import { arrivals } from "../paged.ts";
import { usePagedQuery } from "../use-paged-query.ts";

const PAGE = 10;

/**
 * The timeline's data: the shared check-ins (the "timeline" area, so the partner's new
 * check-ins and replies arrive live), the unread count, and a line for screen readers
 * when something of the partner's arrives or changes while the page is open.
 */
export function useTimeline() {
  const list = usePagedQuery<CheckinView, TimelinePage>(keys.timeline, (before) => fetchTimeline(before, PAGE));
  const [news, setNews] = useState<string | null>(null);
  const shown = useRef<CheckinView[] | null>(null);
  useEffect(() => {
    const before = shown.current;
    shown.current = list.items;
    if (!before || !list.items) return;
    const { added, edited } = arrivals(before, list.items);
    // Only the newest page brings news; "Show earlier" merely brings older ones into view.
    const top = new Set(list.first?.items.map((c) => c.id));
    const fresh = added.filter((c) => !c.mine && top.has(c.id));
    const changed = edited.filter((c) => !c.mine);
    const who = fresh[0] ?? changed[0];
    if (who) setNews(`${who.author.displayName} ${fresh.length > 0 ? "shared a new check-in" : "updated a check-in"}.`);
  }, [list.items, list.first]);
  return { list, unread: list.first?.unread ?? 0, news };
}
