import { z } from "zod";
import { call, callVoid } from "../api/client.ts";

/**
 * The library endpoints (docs: /work/notes/api-5-6.md). The items themselves are static
 * data in `@attune/shared`; the server keeps only what is personal: favourites, what I
 * did, and "try this together" invitations.
 */

const enc = encodeURIComponent;

export const tryView = z.object({
  id: z.string(),
  itemId: z.string(),
  invitedBy: z.object({ id: z.string(), displayName: z.string() }),
  /** true when I sent the invitation */
  mine: z.boolean(),
  createdAt: z.string(),
  myDoneAt: z.string().nullable(),
  partnerDoneAt: z.string().nullable(),
  completedAt: z.string().nullable(),
});
export type TryView = z.infer<typeof tryView>;

export const libraryState = z.object({
  favourites: z.array(z.string()),
  done: z.array(z.object({ itemId: z.string(), at: z.string() })),
  tries: z.array(tryView),
});
export type LibraryState = z.infer<typeof libraryState>;

const recommendations = z.object({ items: z.array(z.object({ itemId: z.string(), why: z.string() })) });
export type RecommendationList = z.infer<typeof recommendations>["items"];

export const fetchLibraryState = () => call("GET", "/api/library/state", libraryState);
export const fetchRecommendations = async (): Promise<RecommendationList> => (await call("GET", "/api/library/recommendations", recommendations)).items;
export const setFavourite = (itemId: string, on: boolean) => callVoid(on ? "PUT" : "DELETE", `/api/library/favourites/${enc(itemId)}`);
export const markDone = (itemId: string) => callVoid("POST", `/api/library/done/${enc(itemId)}`);
export const inviteToTry = (itemId: string) => call("POST", "/api/library/tries", tryView, { itemId });
export const markTryDone = (tryId: string) => call("POST", `/api/library/tries/${enc(tryId)}/done`, tryView);
