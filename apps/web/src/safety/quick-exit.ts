import { QUICK_EXIT } from "@attune/shared";

/**
 * Leaves at once, as domestic-violence services' sites do: the page is replaced (so the
 * back button does not return to it) by a neutral one, and what is on screen goes first.
 */
export function leaveQuickly(): void {
  document.title = "New tab";
  document.body.replaceChildren();
  window.location.replace(QUICK_EXIT.url);
}
