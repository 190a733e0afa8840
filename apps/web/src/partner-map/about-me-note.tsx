import { CORRECTION_MAX, noteCorrectionFields, PARTNER_MAP_CATEGORIES, type NoteResponseBody, type NoteView } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import { useZodForm } from "../ui/zod-form.ts";
import { respondToNote } from "./api.ts";
import { Notice } from "../ui/notice.tsx";

/**
 * A note my partner wrote about me and chose to show me: I can say "Yes, that's me"
 * or put it in my own words. My answer can change later.
 */
export function AboutMeNote({ note, partnerName, onChange }: { note: NoteView; partnerName: string; onChange(note: NoteView): void }) {
  const [correcting, setCorrecting] = useState(false);
  const [changing, setChanging] = useState(false);
  const notQuite = useRef<HTMLButtonElement>(null);
  const category = PARTNER_MAP_CATEGORIES.find((c) => c.id === note.category)?.label ?? "A note";

  const send = async (body: NoteResponseBody) => {
    const updated = await respondToNote(note.id, body);
    onChange(updated);
    setCorrecting(false);
    setChanging(false);
  };

  const confirmation = useMutation({ mutationFn: () => send({ status: "confirmed" }) });
  const busy = confirmation.isPending;
  const error = confirmation.error ? asFailure(confirmation.error).message : null;
  const confirm = () => {
    if (!busy) confirmation.mutate();
  };

  const form = useZodForm({ correction: note.response?.correction ?? "" }, noteCorrectionFields, async ({ correction }) =>
    send({ status: "corrected", correction }),
  );

  const answered = note.response && !changing;
  return (
    <li className="pm-note pm-note--about-me">
      <p className="pm-note__question">{category}</p>
      <p className="pm-note__text">{note.text}</p>
      {answered && note.response ? (
        <div className="pm-response">
          {note.response.status === "confirmed" ? (
            <p className="pm-confirmed">
              <span aria-hidden="true">✓ </span>You told {partnerName}: <strong>Yes, that's me.</strong>
            </p>
          ) : (
            <>
              <p>You put it in your own words:</p>
              <blockquote>{note.response.correction}</blockquote>
            </>
          )}
          <Button variant="quiet" onClick={() => setChanging(true)}>
            Change my answer
          </Button>
        </div>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields a fieldset would hold.
        <div className="pm-answer" role="group" aria-label={`Your answer to: ${note.text}`}>
          <div className="actions">
            <Button busy={busy} onClick={confirm}>
              Yes, that's me
            </Button>
            <Button
              variant="secondary"
              ref={notQuite}
              aria-expanded={correcting}
              onClick={() => {
                setCorrecting(true);
                confirmation.reset();
              }}
            >
              Not quite…
            </Button>
            {changing ? (
              <Button variant="quiet" onClick={() => setChanging(false)}>
                Keep my answer
              </Button>
            ) : null}
          </div>
          {error ? <Notice tone="error">{error}</Notice> : null}
          {correcting ? (
            <form className="pm-form" onSubmit={form.onSubmit} noValidate>
              <TextAreaField
                label="How would you put it?"
                hint={`${partnerName} will see your words next to their note.`}
                value={form.values.correction}
                onValue={form.set("correction")}
                error={form.errors.correction}
                maxLength={CORRECTION_MAX}
                rows={3}
                inputRef={form.register("correction")}
                autoFocus
              />
              {form.formError ? <Notice tone="error">{form.formError} Your words are still here.</Notice> : null}
              <div className="actions">
                <Button type="submit" busy={form.busy} busyLabel="Sending…">
                  Send my correction
                </Button>
                <Button
                  variant="quiet"
                  onClick={() => {
                    setCorrecting(false);
                    notQuite.current?.focus();
                  }}
                >
                  Cancel
                </Button>
              </div>
            </form>
          ) : null}
        </div>
      )}
    </li>
  );
}
