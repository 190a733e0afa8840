import type { NoteView } from "@attune/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { keys } from "../data/keys.ts";
import { fetchNotes, type NotesList } from "./api.ts";

/** Puts a changed note in place, in my notes or in those about me. */
export function withNote(list: NotesList, note: NoteView): NotesList {
  const swap = (notes: NoteView[]) => notes.map((n) => (n.id === note.id ? note : n));
  return { ...list, mine: swap(list.mine), aboutMe: swap(list.aboutMe) };
}

/**
 * The partner map's data: my notes and those shown to me (the "partner-map" area, so the
 * partner's answers and shown notes arrive live), and a short confirmation of my last change.
 */
export function usePartnerMap() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: keys.partnerMap, queryFn: fetchNotes });
  const [news, setNews] = useState<string | null>(null);
  const update = (change: (list: NotesList) => NotesList) => client.setQueryData<NotesList>(keys.partnerMap, (d) => (d ? change(d) : d));

  return {
    query,
    news,
    created(note: NoteView, partnerName: string) {
      update((d) => ({ ...d, mine: [note, ...d.mine] }));
      setNews(note.visibility === "shown" ? `Saved and shown to ${partnerName}.` : "Saved. Only you can read it.");
    },
    /** `keepNews`: an answer to a note about me leaves the last confirmation as it was. */
    changed(note: NoteView, keepNews = false) {
      update((d) => withNote(d, note));
      if (!keepNews) setNews(null);
    },
    deleted(id: string) {
      update((d) => ({ ...d, mine: d.mine.filter((n) => n.id !== id) }));
      setNews("Deleted.");
    },
  };
}
