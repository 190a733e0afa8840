import { momentCopy, momentsView, type MomentKind, type MomentView } from "@attune/shared";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { call, callVoid } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { localDay } from "../loop/day.ts";
import { useLocation } from "../router.tsx";
import { useSession } from "../session/session.tsx";
import "./warm-moment.css";

/**
 * Where a moment may appear: home and the daily screens where these things happen. Never
 * over repair, the safety check, help or the temperature reading, where a cheerful word
 * would be out of place (and would name the partner beside a private answer).
 */
const MOMENT_PLACES: ReadonlySet<string> = new Set(["/", "/check-in", "/daily", "/partner", "/timeline", "/history"]);

/**
 * A small, warm word when something first happens: linking, a first check-in, the first
 * day both answered today's question. One at a time, above the screen, until closed. The
 * server remembers it was shown, so another device does not show it again. It says what
 * happened and nothing anyone wrote; no counts, no streaks. The shell asks again after each
 * move (a first check-in happens on another screen): moments sit under keys.today.
 */
export function WarmMoment() {
  const { me } = useSession();
  const day = localDay();
  const { pathname } = useLocation();
  const query = useQuery({
    queryKey: keys.moments(day),
    queryFn: () => call("GET", `/api/moments?day=${encodeURIComponent(day)}`, momentsView),
    enabled: Boolean(me),
  });
  const seen = useMutation({ mutationFn: (kind: MomentKind) => callVoid("POST", "/api/moments/seen", { kind }) });
  const [shown, setShown] = useState<MomentView[]>([]);
  const [closed, setClosed] = useState<MomentKind[]>([]);

  // Kept here once arrived: remembering it on the server must not take it off the screen.
  const data = query.data;
  useEffect(() => {
    if (data) setShown((prev) => [...prev, ...data.moments.filter((m) => !prev.some((p) => p.kind === m.kind))]);
  }, [data]);

  const current = MOMENT_PLACES.has(pathname) ? shown.find((m) => !closed.includes(m.kind)) : undefined;
  const currentKind = current?.kind;
  const { mutate } = seen;
  // Shown now: remembered at once, so it is not repeated elsewhere (if this fails, it may show once more: harmless).
  useEffect(() => {
    if (currentKind) mutate(currentKind);
  }, [currentKind, mutate]);

  return (
    <div role="status" className="moment-region">
      {current ? (
        // Not a landmark nor a heading: it sits above the screen's own h1, and is read as news.
        <div className="moment card">
          <span className="moment__mark" aria-hidden="true">
            <span />
            <span />
          </span>
          <div className="moment__words">
            <p className="moment__title">{momentCopy(current).title}</p>
            <p>{momentCopy(current).body}</p>
          </div>
          <button type="button" className="button button--quiet moment__close" onClick={() => setClosed((prev) => [...prev, current.kind])}>
            Close<span className="visually-hidden"> this message</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
