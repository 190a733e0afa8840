import type { NoteView } from "@attune/shared";
import { Button } from "../ui/button.tsx";
import { ConfirmDelete } from "../ui/confirm-delete.tsx";
import { dateTime } from "../ui/format.ts";
import { ErrorNotice } from "../ui/load-error.tsx";
import { deleteNote } from "./api.ts";
import { NoteForm } from "./note-form.tsx";
import { NoteResponse } from "./note-response.tsx";
import { useMyNote } from "./use-my-note.ts";
import { WhichNote } from "./which-note.tsx";

export interface MyNoteProps {
  note: NoteView;
  partnerName: string;
  onChange(note: NoteView): void;
  onDeleted(id: string): void;
}

/** One of my notes about my partner: who can read it, their answer, edit and delete. */
export function MyNote({ note, partnerName, onChange, onDeleted }: MyNoteProps) {
  const my = useMyNote(note, onChange);
  const { shown, question, toggleShown } = my;

  if (my.editing) {
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
          onCancel={my.stopEditing}
          onSave={my.save}
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
      {shown ? <NoteResponse note={note} partnerName={partnerName} /> : null}
      <ErrorNotice error={toggleShown.error} />
      <div className="actions pm-note__actions">
        <Button variant="secondary" ref={my.editButton} onClick={my.edit}>
          Edit
          <WhichNote text={note.text} prefix=" note" />
        </Button>
        <Button variant="quiet" busy={toggleShown.isPending} onClick={() => toggleShown.isPending || toggleShown.mutate()}>
          {shown ? "Make private again" : `Show to ${partnerName}`}
          <WhichNote text={note.text} />
        </Button>
        <ConfirmDelete
          title="Delete this note?"
          body={<p>{shown ? `It will be gone for you and for ${partnerName}, with their answer.` : "It will be gone for good."}</p>}
          remove={() => deleteNote(note.id)}
          onDeleted={() => onDeleted(note.id)}
          blocked={toggleShown.isPending}
          onOpen={toggleShown.reset}
        >
          Delete
          <WhichNote text={note.text} prefix=" note" />
        </ConfirmDelete>
      </div>
    </li>
  );
}
