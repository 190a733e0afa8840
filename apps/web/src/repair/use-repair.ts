import { FINAL_STEPS, type RepairActionInput } from "@attune/shared";
import { replaceEqualDeep, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { asFailure } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { fetchRepair, sendAction, type RepairView } from "./api.ts";

// On separate devices each person waits on the other. The partner's steps arrive as
// live events (the "repair" area); polling is the fallback for a dropped stream.
const POLL_MS = 6000;

export interface RepairStore {
  view: RepairView | null;
  error: string | null;
  /** This person's own answers just raised a concern: their screen shows help (kept in memory only). */
  privateHelp: boolean;
  /** Sends one action; throws the server's calm refusal for the step to show. */
  act(action: RepairActionInput): Promise<void>;
}

/** Keeps the newer of two views, so a slow poll never overwrites a fresher answer. */
export const newer = (prev: RepairView | undefined, next: RepairView): RepairView => (prev && prev.updatedAt > next.updatedAt ? prev : next);

const isOpen = (view: RepairView | undefined) => view !== undefined && !FINAL_STEPS.includes(view.state.step);

/** One repair, kept fresh while it is open. */
export function useRepair(id: string): RepairStore {
  const client = useQueryClient();
  const [privateHelp, setPrivateHelp] = useState(false);
  const key = keys.repairOne(id);
  const query = useQuery({
    queryKey: key,
    queryFn: () => fetchRepair(id),
    refetchInterval: (q) => (isOpen(q.state.data) ? POLL_MS : false),
    // Same content keeps the old object (open forms don't re-render for nothing), and an
    // older answer never replaces a fresher one.
    structuralSharing: (prev, next) => replaceEqualDeep(prev, newer(prev as RepairView | undefined, next as RepairView)),
  });

  const act = useCallback(
    async (action: RepairActionInput) => {
      const next = await sendAction(id, action);
      if (next.privateHelp) setPrivateHelp(true);
      client.setQueryData<RepairView>(keys.repairOne(id), (prev) => newer(prev, next));
    },
    [id, client],
  );

  return { view: query.data ?? null, error: query.error ? asFailure(query.error).message : null, act, privateHelp };
}

/** busy/error around one action, for a step's buttons and forms; `setError` shows a step's own check. */
export function useAction(act: RepairStore["act"]) {
  const mutation = useMutation({ mutationFn: act });
  const [own, setOwn] = useState<string | null>(null);
  const run = async (action: RepairActionInput): Promise<boolean> => {
    if (mutation.isPending) return false;
    setOwn(null);
    try {
      await mutation.mutateAsync(action);
      return true;
    } catch {
      return false;
    }
  };
  const setError = (message: string | null) => {
    mutation.reset();
    setOwn(message);
  };
  const error = own ?? (mutation.error ? asFailure(mutation.error).message : null);
  return { busy: mutation.isPending, error, setError, run };
}
