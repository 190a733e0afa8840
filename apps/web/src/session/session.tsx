import type { MeView } from "@attune/shared";
import { useQuery, useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { fetchMe } from "../api/account.ts";
import { asFailure, onUnauthenticated } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { LiveSync } from "../data/live-sync.tsx";
import { reconnectLiveEvents, useLiveEvents } from "../live/events.ts";

/**
 * Who is signed in, known to every screen. `me` is undefined while we ask the server,
 * null when nobody is signed in. Screens that change the couple or the account call
 * `setMe` with the server's fresh answer (or `refresh`), so the whole app agrees.
 */
export interface Session {
  me: MeView | null | undefined;
  loadError: string | null;
  setMe(me: MeView | null): void;
  refresh(): Promise<void>;
  /** A short confirmation shown on the screen at `path` ("You've logged out."). */
  flash: Flash | null;
  setFlash(flash: Flash | null): void;
}

export interface Flash {
  path: string;
  message: string;
  /** "success" unless told: most flashes confirm what the person just did. */
  tone?: "info" | "success";
}

const SessionContext = createContext<Session | null>(null);
const INVITE_POLL_MS = 4000;

function forgetAllBut(client: QueryClient, keep: QueryKey): void {
  // Reset, not remove: a screen shown right after signing in (a therapist's join link after
  // sign-up) may already be asking; removing its query would leave it waiting forever,
  // while a reset drops the old answers and asks again for whoever is signed in now.
  void client.resetQueries({ predicate: (q) => q.queryKey[0] !== keep[0] });
  client.getMutationCache().clear();
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [flash, setFlash] = useState<Flash | null>(null);
  // While my invite waits, look now and then so I see the moment my partner accepts (the
  // query client pauses this while the tab is hidden, and looks again when it returns).
  const query = useQuery({
    queryKey: keys.me,
    queryFn: fetchMe,
    refetchInterval: (q) => (q.state.data?.pendingInvite && !q.state.data.couple ? INVITE_POLL_MS : false),
  });
  const me = query.data;
  const loadError = me === undefined && query.error ? asFailure(query.error).message : null;

  const setMe = useCallback((next: MeView | null) => queryClient.setQueryData(keys.me, next), [queryClient]);
  const { refetch } = query;
  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);

  // A session ended elsewhere (another device, a password change) signs us out here too.
  useEffect(() => onUnauthenticated(() => setMe(null)), [setMe]);

  // An open live stream belongs to the couple it was opened for: start it again when the
  // couple changes (linked, unlinked, linked anew).
  const coupleId = me === undefined ? undefined : (me?.couple?.id ?? null);
  const shownCouple = useRef(coupleId);
  useEffect(() => {
    if (coupleId === undefined) return;
    if (shownCouple.current !== undefined && shownCouple.current !== coupleId) reconnectLiveEvents();
    shownCouple.current = coupleId;
  }, [coupleId]);

  // Cached answers hold people's words: a sign-out, or another person signing in on this
  // device, starts from an empty cache (all but who is signed in now).
  const userId = me === undefined ? undefined : (me?.user.id ?? null);
  const shownUser = useRef(userId);
  useEffect(() => {
    if (userId === undefined) return;
    if (shownUser.current !== undefined && shownUser.current !== userId) forgetAllBut(queryClient, keys.me);
    shownUser.current = userId;
  }, [userId, queryClient]);

  const value = useMemo(() => ({ me, loadError, setMe, refresh, flash, setFlash }), [me, loadError, setMe, refresh, flash]);
  return (
    <SessionContext.Provider value={value}>
      {me ? <LiveSync /> : null}
      {me?.couple ? <CoupleEndWatch key={me.couple.id} partnerName={me.couple.partner.displayName} onEnded={refresh} onFlash={setFlash} /> : null}
      {children}
    </SessionContext.Provider>
  );
}

/**
 * While linked: when the partner unlinks, every screen learns it at once and says so
 * kindly, on the screen the person is on.
 */
function CoupleEndWatch({ partnerName, onEnded, onFlash }: { partnerName: string; onEnded: () => Promise<void>; onFlash: (flash: Flash) => void }) {
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

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession must be used inside <SessionProvider>");
  return session;
}

/** For screens behind sign-in: the route table guarantees `me` is set there. */
export function useMe(): MeView {
  const { me } = useSession();
  if (!me) throw new Error("useMe used on a screen that does not require sign-in");
  return me;
}
