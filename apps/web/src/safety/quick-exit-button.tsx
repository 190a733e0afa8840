import { QUICK_EXIT } from "@attune/shared";
import { leaveQuickly } from "./quick-exit.ts";

/** A plain, always-visible way out of a page about safety. */
export function QuickExitButton() {
  return (
    <button type="button" className="button quick-exit" onClick={leaveQuickly} title={QUICK_EXIT.hint}>
      {QUICK_EXIT.label}
    </button>
  );
}
