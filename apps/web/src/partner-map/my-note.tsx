import { guidedPromptById, type NoteView } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { dateTime } from "../ui/format.ts";
import { deleteNote, updateNote } from "./api.ts";
import { NoteForm } from "./note-form.tsx";
import { Notice } from "../ui/notice.tsx";

export interface MyNoteProps {
  note: NoteView;
  partnerName: string;
  onChange(note: NoteView): void;
  onDeleted(id: string): void;
}

/** One of my notes about my partner: who can read it, their answer, edit and delete. */
export function MyNote({ note, partnerName, onChange, onDeleted }: MyNoteProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Closing the editor puts focus back on this note's Edit button.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const question = note.promptId ? (guidedPromptById(note.promptId)?.text ?? null) : null;
  const shown = note.visibility === "shown";

  const toggleShown = useMutation({ mutationFn: () => updateNote(note.id, { visibility: shown ? "private" : "shown" }), onSuccess: onChange });
  const remove = useMutation({
    mutationFn: () => deleteNote(note.id),
    onSuccess: () => {
      setConfirming(false);
      onDeleted(note.id);
    },
  });
  const busy = toggleShown.isPending || remove.isPending;
  const failed = remove.error ?? toggleShown.error;
  const error = failed ? asFailure(failed).message : null;

  if (editing) {
    return (
      <li className="pm-note pm-note--editing">
        <NoteForm
          category={note.category}
          question={question ? `Edit your note: ${question}` : "Edit your note"}
          initialText={note.text}
          initialVisibility={note.visibility}
          partnerName={partnerName}
          submitLabel="Save changes"
          hint={note.response ? `Changing the words clears ${partnerName}'s answer, so they can look again.` : undefined}
          onCancel={() => setEditing(false)}
          onSave={async (body) => {
            // Send only what changed: an unchanged text keeps the partner's answer.
            const patch = {
              ...(body.text !== note.text ? { text: body.text } : {}),
              ...(body.visibility !== note.visibility ? { visibility: body.visibility } : {}),
            };
            if (Object.keys(patch).length > 0) onChange(await updateNote(note.id, patch));
            setEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li className={shown ? "pm-note pm-note--shown" : "pm-note"}>
      {question ? <p className="pm-note__question">{question}</p> : null}
      <p className="pm-note__text">{note.text}</p>
      <p className="pm-note__meta">
        <span className={shown ? "tag pm-tag pm-tag--shown" : "tag pm-tag"}>{shown ? `Shown to ${partnerName}` : "Only you can read this"}</span>{" "}
        <span className="muted">
          Updated <time dateTime={note.updatedAt}>{dateTime(note.updatedAt)}</time>
        </span>
      </p>
      {shown ? <Response note={note} partnerName={partnerName} /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions pm-note__actions">
        <Button variant="secondary" ref={editButton} onClick={() => setEditing(true)}>
          Edit
          <Which text={note.text} prefix=" note" />
        </Button>
        <Button
          variant="quiet"
          busy={busy && !confirming}
          onClick={() => {
            if (busy) return;
            remove.reset();
            toggleShown.mutate();
          }}
        >
          {shown ? "Make private again" : `Show to ${partnerName}`}
          <Which text={note.text} />
        </Button>
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          Delete
          <Which text={note.text} prefix=" note" />
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete this note?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        busy={busy}
        error={confirming ? error : null}
        onConfirm={() => {
          if (busy) return;
          toggleShown.reset();
          remove.mutate();
        }}
        onCancel={() => {
          setConfirming(false);
          remove.reset();
          toggleShown.reset();
        }}
      >
        <p>{shown ? `It will be gone for you and for ${partnerName}, with their answer.` : "It will be gone for good."}</p>
      </ConfirmDialog>
    </li>
  );
}

function Response({ note, partnerName }: { note: NoteView; partnerName: string }) {
  const r = note.response;
  if (!r) return <p className="muted">Waiting for {partnerName} to say whether this fits.</p>;
  if (r.status === "confirmed") {
    return (
      <p className="pm-confirmed">
        <span aria-hidden="true">✓ </span>
        {partnerName} said: <strong>Yes, that's me.</strong>
      </p>
    );
  }
  return (
    <div className="pm-response pm-response--corrected">
      <p>
        <span aria-hidden="true">✎ </span>
        {partnerName} would put it differently:
      </p>
      <blockquote>{r.correction}</blockquote>
    </div>
  );
}

/**
 * The first words of a note, heard (not seen) after a button's visible label, so
 * each "Edit" says which note it acts on while the visible text stays in its name.
 */
function Which({ text, prefix = "" }: { text: string; prefix?: string }) {
  const words = text.split(/\s+/).slice(0, 6).join(" ");
  return <span className="loop-sr-only">{`${prefix}: ${words.length < text.length ? `${words}…` : words}`}</span>;
}
