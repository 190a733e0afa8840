import { guidedPromptById, type NoteFields, type NoteView } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { updateNote } from "./api.ts";

/** One of my notes: editing (focus goes back to Edit on close), showing or hiding it, saving changes. */
export function useMyNote(note: NoteView, onChange: (note: NoteView) => void) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const shown = note.visibility === "shown";
  const toggleShown = useMutation({ mutationFn: () => updateNote(note.id, { visibility: shown ? "private" : "shown" }), onSuccess: onChange });

  const save = async (body: NoteFields) => {
    // Send only what changed: an unchanged text keeps the partner's answer.
    const patch = {
      ...(body.text !== note.text ? { text: body.text } : {}),
      ...(body.visibility !== note.visibility ? { visibility: body.visibility } : {}),
    };
    if (Object.keys(patch).length > 0) onChange(await updateNote(note.id, patch));
    setEditing(false);
  };

  return {
    question: note.promptId ? (guidedPromptById(note.promptId)?.text ?? null) : null,
    shown,
    editing,
    editButton,
    edit: () => setEditing(true),
    stopEditing: () => setEditing(false),
    save,
    toggleShown,
  };
}
