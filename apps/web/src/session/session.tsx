import type { MeView } from "@attune/shared";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { LiveSync } from "../data/live-sync.tsx";
import { CoupleEndWatch } from "./couple-end-watch.tsx";
import type { Flash } from "./flash.ts";
import { useMeQuery } from "./use-me-query.ts";
import { useSessionScope } from "./use-session-scope.ts";

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

export type { Flash };

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [flash, setFlash] = useState<Flash | null>(null);
  const { me, loadError, setMe, refresh } = useMeQuery();
  useSessionScope(me, setMe);

  const value = useMemo(() => ({ me, loadError, setMe, refresh, flash, setFlash }), [me, loadError, setMe, refresh, flash]);
  return (
    <SessionContext.Provider value={value}>
      {me ? <LiveSync /> : null}
      {me?.couple ? <CoupleEndWatch key={me.couple.id} partnerName={me.couple.partner.displayName} onEnded={refresh} onFlash={setFlash} /> : null}
      {children}
    </SessionContext.Provider>
  );
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
