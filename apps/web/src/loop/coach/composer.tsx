import { useId } from "react";
import "../../styles/composer.css";
import { CoachPanel } from "./coach-panel.tsx";
import { ComposerDock } from "./composer-dock.tsx";
import { HighlightField } from "./highlight-field.tsx";
import { useComposer } from "./use-composer.ts";
import type { DraftSchema } from "./use-draft.ts";

export interface ComposerProps {
  /** what the partner shared; the coach reads the draft against it */
  share: string;
  partnerName: string;
  partnerNotes?: readonly string[];
  /** false on one's own share: no coaching of a reply to yourself */
  coach?: boolean;
  label: string;
  /** the rule the draft must meet to send, when it is not a reply's (a repair's reflection) */
  schema?: DraftSchema;
  onSend(body: string): Promise<void>;
}

const NO_NOTES: readonly string[] = [];

/**
 * The reply composer with the coach at its side. The draft lives only in this
 * component's memory: it is not saved anywhere and reaches the server only on Send.
 * Send is never disabled by the coach; a failed send keeps the draft and says why.
 */
export function Composer({ share, partnerName, partnerNotes = NO_NOTES, coach = true, label, schema, onSend }: ComposerProps) {
  const id = useId();
  const c = useComposer({ share, partnerNotes, coach, onSend }, schema);

  return (
    <div className={coach ? "composer composer--coached" : "composer"}>
      <form className="composer__form" onSubmit={c.submit} noValidate>
        <label htmlFor={`${id}-draft`} className="field__label">
          {label}
        </label>
        <HighlightField
          id={`${id}-draft`}
          textareaRef={c.textarea}
          value={c.draft}
          onValue={c.edit}
          findings={c.fresh ? c.fresh.analysis.findings : []}
          rows={3}
          maxLength={4000}
          onFocus={c.revealDock}
          aria-invalid={c.error ? true : undefined}
          aria-describedby={[c.error ? `${id}-error` : "", c.fromStarter ? `${id}-starter` : ""].filter(Boolean).join(" ") || undefined}
          onKeyDown={(event) => {
            // Ctrl/Cmd+Enter sends, for people who reply from the keyboard.
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        {c.fromStarter ? (
          <p id={`${id}-starter`} className="composer__starter muted">
            These are the coach's words so far: change them into yours before you send.
          </p>
        ) : null}
        {c.error ? (
          <p id={`${id}-error`} role="alert" className="notice notice--error">
            {c.error}
          </p>
        ) : null}
        <p role="status" className="composer__sent">
          {c.sent}
        </p>
        <ComposerDock c={c} coach={coach} partnerName={partnerName} />
      </form>
      {coach ? (
        <CoachPanel
          share={c.shareReading}
          reading={c.shown}
          partnerName={partnerName}
          partnerNotes={partnerNotes}
          announcement={c.spoken}
          onUseRewrite={c.applyRewrite}
        />
      ) : null}
    </div>
  );
}
