import { useId } from "react";
import { Button } from "../../ui/button.tsx";
import { useCalmAnnouncement } from "../use-calm-announcement.ts";
import { CoachPanel } from "./coach-panel.tsx";
import { CoachSummaryBar } from "./coach-summary-bar.tsx";
import "../../styles/composer.css";
import { announce } from "./summary.ts";
import { HighlightField } from "./highlight-field.tsx";
import { useCoach, useShareReading } from "./use-coach.ts";
import { useDraft } from "./use-draft.ts";
import { useRevealDock } from "./use-reveal-dock.ts";

export interface ComposerProps {
  /** what the partner shared; the coach reads the draft against it */
  share: string;
  partnerName: string;
  partnerNotes?: readonly string[];
  /** false on one's own share: no coaching of a reply to yourself */
  coach?: boolean;
  label: string;
  onSend(body: string): Promise<void>;
}

const NO_NOTES: readonly string[] = [];

/**
 * The reply composer with the coach at its side. The draft lives only in this
 * component's memory: it is not saved anywhere and reaches the server only on Send.
 * Send is never disabled by the coach; a failed send keeps the draft and says why.
 */
export function Composer({ share, partnerName, partnerNotes = NO_NOTES, coach = true, label, onSend }: ComposerProps) {
  const id = useId();
  const { draft, rewritten, sending, error, sent, textarea, edit, applyRewrite, backToMine, submit } = useDraft(onSend);
  const { dock, revealDock } = useRevealDock();

  const shareReading = useShareReading(coach ? share : "");
  const reading = useCoach(coach ? share : "", coach ? draft : "", partnerNotes);
  const fresh = reading && reading.reply === draft ? reading : null;
  const spoken = useCalmAnnouncement(coach ? announce(reading) : "");

  return (
    <div className={coach ? "composer composer--coached" : "composer"}>
      <form className="composer__form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-draft`} className="field__label">
          {label}
        </label>
        <HighlightField
          id={`${id}-draft`}
          textareaRef={textarea}
          value={draft}
          onValue={edit}
          findings={fresh ? fresh.analysis.findings : []}
          rows={3}
          maxLength={4000}
          onFocus={revealDock}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onKeyDown={(event) => {
            // Ctrl/Cmd+Enter sends, for people who reply from the keyboard.
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        {error ? (
          <p id={`${id}-error`} role="alert" className="notice notice--error">
            {error}
          </p>
        ) : null}
        <p role="status" className="composer__sent">
          {sent}
        </p>
        {/* On a phone this dock stays above the keyboard: the coach's one line and Send. */}
        <div className="composer__dock" ref={dock}>
          {coach ? <CoachSummaryBar share={shareReading} reading={fresh ?? reading} partnerName={partnerName} onUseRewrite={applyRewrite} /> : null}
          <div className="actions">
            <Button type="submit" busy={sending} busyLabel="Sending…">
              Send
            </Button>
            {rewritten ? (
              <Button variant="quiet" onClick={backToMine}>
                Back to my words
              </Button>
            ) : null}
          </div>
        </div>
      </form>
      {coach ? (
        <CoachPanel
          share={shareReading}
          reading={fresh ?? reading}
          partnerName={partnerName}
          partnerNotes={partnerNotes}
          announcement={spoken}
          onUseRewrite={applyRewrite}
        />
      ) : null}
    </div>
  );
}
