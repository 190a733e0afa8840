import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { asFailure } from "../../api/client.ts";
import { Button } from "../../ui/button.tsx";
import { useCalmAnnouncement } from "../use-calm-announcement.ts";
import { CoachPanel } from "./coach-panel.tsx";
import { CoachSummaryBar } from "./coach-summary-bar.tsx";
import "../../styles/composer.css";
import { announce } from "./summary.ts";
import { HighlightField } from "./highlight-field.tsx";
import { useCoach, useShareReading } from "./use-coach.ts";

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
/** Where the coach moves below the form (loop.css) and the dock takes its place (composer.css). */
const NARROW = "(max-width: 49.99rem)";

/**
 * The reply composer with the coach at its side. The draft lives only in this
 * component's memory: it is not saved anywhere and reaches the server only on Send.
 * Send is never disabled by the coach; a failed send keeps the draft and says why.
 */
export function Composer({ share, partnerName, partnerNotes = NO_NOTES, coach = true, label, onSend }: ComposerProps) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const [before, setBefore] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const dock = useRef<HTMLDivElement>(null);

  // On a phone, focusing the field scrolls only the field into view, and the keyboard
  // then shrinks the page: bring the whole form (draft, coach line, Send) into view,
  // and again whenever the visible area changes size while writing.
  const revealDock = useCallback(() => {
    if (window.matchMedia(NARROW).matches) dock.current?.closest("form")?.scrollIntoView({ block: "nearest" });
  }, []);
  useEffect(() => {
    const onResize = () => {
      if (dock.current?.closest("form")?.contains(document.activeElement)) revealDock();
    };
    window.addEventListener("resize", onResize);
    window.visualViewport?.addEventListener("resize", onResize);
    return () => {
      window.removeEventListener("resize", onResize);
      window.visualViewport?.removeEventListener("resize", onResize);
    };
  }, [revealDock]);

  const shareReading = useShareReading(coach ? share : "");
  const reading = useCoach(coach ? share : "", coach ? draft : "", partnerNotes);
  const fresh = reading && reading.reply === draft ? reading : null;
  const spoken = useCalmAnnouncement(coach ? announce(reading) : "");

  const edit = (value: string) => {
    setDraft(value);
    setError(null);
    setSent(null);
  };

  const applyRewrite = (rewrite: string) => {
    setBefore(draft);
    edit(rewrite);
    textarea.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (draft.trim() === "") {
      setError("Write a few words first.");
      textarea.current?.focus();
      return;
    }
    setSending(true);
    setError(null);
    try {
      await onSend(draft);
      setDraft("");
      setBefore(null);
      setSent("Sent. Thank you for showing up for them.");
    } catch (e) {
      setError(`${asFailure(e).message} Your words are still here.`);
    } finally {
      setSending(false);
    }
  };

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
            {before !== null ? (
              <Button
                variant="quiet"
                onClick={() => {
                  edit(before);
                  setBefore(null);
                  textarea.current?.focus();
                }}
              >
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
