import { useQuery } from "@tanstack/react-query";
import { keys } from "../../data/keys.ts";
import { listClients } from "../api.ts";

/** A therapist's couples; a "therapist-grant" event (consent, scopes, revoke) marks it stale. */
export function useClients() {
  return useQuery({ queryKey: keys.therapistClients, queryFn: listClients });
}
