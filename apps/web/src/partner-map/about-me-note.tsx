import { noteCorrectionFields, PARTNER_MAP_CATEGORIES, type NoteResponseBody, type NoteView } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Button } from "../ui/button.tsx";
import { useZodForm } from "../ui/zod-form.ts";
import { respondToNote } from "./api.ts";
import { CorrectionForm } from "./correction-form.tsx";
import { MyAnswer } from "./my-answer.tsx";
import { ErrorNotice } from "../ui/load-error.tsx";

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
        <MyAnswer response={note.response} partnerName={partnerName} onChange={() => setChanging(true)} />
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
          <ErrorNotice error={confirmation.error} />
          {correcting ? (
            <CorrectionForm
              form={form}
              partnerName={partnerName}
              onCancel={() => {
                setCorrecting(false);
                notQuite.current?.focus();
              }}
            />
          ) : null}
        </div>
      )}
    </li>
  );
}
