import { libraryStateView, recommendationsView, tryView, type LibraryStateView, type RecommendationsView, type TryView } from "@attune/shared";
import { call, callVoid } from "../api/client.ts";

/**
 * The library endpoints. The items themselves are static data in `@attune/shared`; the
 * server keeps only what is personal: favourites, what I did, and "try this together".
 */

const enc = encodeURIComponent;

export type { TryView };
export type LibraryState = LibraryStateView;
export type RecommendationList = RecommendationsView["items"];

export const fetchLibraryState = () => call("GET", "/api/library/state", libraryStateView);
export const fetchRecommendations = async (): Promise<RecommendationList> => (await call("GET", "/api/library/recommendations", recommendationsView)).items;
export const setFavourite = (itemId: string, on: boolean) => callVoid(on ? "PUT" : "DELETE", `/api/library/favourites/${enc(itemId)}`);
export const markDone = (itemId: string) => callVoid("POST", `/api/library/done/${enc(itemId)}`);
export const inviteToTry = (itemId: string) => call("POST", "/api/library/tries", tryView, { itemId });
export const markTryDone = (tryId: string) => call("POST", `/api/library/tries/${enc(tryId)}/done`, tryView);
