import { Button } from "../../ui/button.tsx";
import { CoachSummaryBar } from "./coach-summary-bar.tsx";
import type { useComposer } from "./use-composer.ts";

type Composer = ReturnType<typeof useComposer>;

/** On a phone this dock stays above the keyboard: the coach's one line, Send, and "Back to my words". */
export function ComposerDock({ c, coach, partnerName }: { c: Composer; coach: boolean; partnerName: string }) {
  return (
    <div className="composer__dock" ref={c.dock}>
      {coach ? <CoachSummaryBar share={c.shareReading} reading={c.shown} partnerName={partnerName} onUseRewrite={c.applyRewrite} /> : null}
      <div className="actions">
        <Button type="submit" busy={c.sending} busyLabel="Sending…">
          Send
        </Button>
        {c.rewritten ? (
          <Button variant="quiet" onClick={c.backToMine}>
            Back to my words
          </Button>
        ) : null}
      </div>
    </div>
  );
}
