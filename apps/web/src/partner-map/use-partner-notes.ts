import { notesForCoach } from "@attune/coach";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { keys } from "../data/keys.ts";
import { fetchNotes } from "./api.ts";

const NONE: readonly string[] = [];

/**
 * The texts of my partner-map notes that fit a share (at most three, best first, with
 * my partner's corrections in their own words), for the reply composer and its coach. Ranking happens here in the browser; the notes
 * never leave this page except as the server already holds them. Pass `null` when
 * there is nothing to answer (my own share): then nothing is fetched.
 *
 * A failed fetch only means no notes come up: the composer works without them.
 */
export function usePartnerNotes(share: string | null): readonly string[] {
  const wanted = share !== null && share.trim() !== "";
  // The partner map's own query: one request serves both, and live "note" events refresh it.
  const { data } = useQuery({ queryKey: keys.partnerMap, queryFn: fetchNotes, enabled: wanted });
  const notes = data?.linked ? data.mine : null;

  return useMemo(() => {
    if (!wanted || !notes || notes.length === 0 || share === null) return NONE;
    // One rule for both sides: the server picks the notes for its verdict with this same function.
    return notesForCoach(share, notes);
  }, [wanted, notes, share]);
}
