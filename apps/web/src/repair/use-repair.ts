import { FINAL_STEPS, type RepairActionInput } from "@attune/shared";
import { useCallback, useEffect, useState } from "react";
import { asFailure } from "../api/client.ts";
import { usePartnerEvents, type PartnerEventType } from "../live/events.ts";
import { fetchRepair, sendAction, type RepairView } from "./api.ts";

// On separate devices each person waits on the other. The partner's steps arrive as
// live events; polling (only while the tab is in view) is the fallback for a dropped stream.
const POLL_MS = 6000;
const REPAIR_EVENTS: readonly PartnerEventType[] = ["repair"];

export interface RepairStore {
  view: RepairView | null;
  error: string | null;
  /** This person's own answers just raised a concern: their screen shows help (kept in memory only). */
  privateHelp: boolean;
  /** Sends one action; throws the server's calm refusal for the step to show. */
  act(action: RepairActionInput): Promise<void>;
}

/** Keeps the newer of two views, so a slow poll never overwrites a fresher answer. */
const newer = (prev: RepairView | null, next: RepairView) => (prev && prev.updatedAt > next.updatedAt ? prev : next);

/** One repair, kept fresh while it is open. */
export function useRepair(id: string): RepairStore {
  const [view, setView] = useState<RepairView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [privateHelp, setPrivateHelp] = useState(false);

  const load = useCallback(async () => {
    try {
      const next = await fetchRepair(id);
      // Same content: keep the old object, so open forms don't re-render for nothing.
      setView((prev) => (prev && JSON.stringify(prev) === JSON.stringify(next) ? prev : newer(prev, next)));
      setError(null);
    } catch (e) {
      setError(asFailure(e).message);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  usePartnerEvents(REPAIR_EVENTS, () => void load());

  const open = view !== null && !FINAL_STEPS.includes(view.state.step);
  useEffect(() => {
    if (!open) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") void load();
    }, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void load();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [open, load]);

  const act = useCallback(
    async (action: RepairActionInput) => {
      const next = await sendAction(id, action);
      if (next.privateHelp) setPrivateHelp(true);
      setView((prev) => newer(prev, next));
    },
    [id],
  );

  return { view, error, act, privateHelp };
}

/** busy/error around one action, for a step's buttons and forms. */
export function useAction(act: RepairStore["act"]) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: RepairActionInput): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    setError(null);
    try {
      await act(action);
      return true;
    } catch (e) {
      setError(asFailure(e).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
