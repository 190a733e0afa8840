import { NOTE_TEXT_MAX, noteFields, type NoteCategory, type NoteFields, type NoteVisibility } from "@attune/shared";
import { useEffect, useRef } from "react";
import { TextAreaField } from "../ui/text-area-field.tsx";
import { useZodForm } from "../ui/zod-form.ts";
import { SaveOrCancel } from "./save-or-cancel.tsx";
import { ShownChoice } from "./shown-choice.tsx";

export interface NoteFormProps {
  category: NoteCategory;
  /** the guided question being answered, shown as the field's label */
  question: string | null;
  initialText?: string;
  initialVisibility?: NoteVisibility;
  partnerName: string;
  submitLabel: string;
  /** a line under the field, e.g. that changing the words asks again */
  hint?: string;
  onSave(body: NoteFields): Promise<void>;
  onCancel(): void;
}

/** Writing or editing one note; the words stay put if saving fails. */
export function NoteForm({
  category,
  question,
  initialText = "",
  initialVisibility = "private",
  partnerName,
  submitLabel,
  hint,
  onSave,
  onCancel,
}: NoteFormProps) {
  const form = useZodForm({ category: category as string, text: initialText, visibility: initialVisibility as string }, noteFields, onSave);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const registerText = form.register("text");
  useEffect(() => {
    area.current?.focus();
  }, []);
  return (
    <form className="pm-form" onSubmit={form.onSubmit} noValidate>
      <TextAreaField
        label={question ?? "Your note"}
        value={form.values.text}
        onValue={form.set("text")}
        error={form.errors.text}
        hint={hint}
        maxLength={NOTE_TEXT_MAX}
        showCount
        rows={3}
        inputRef={(el) => {
          area.current = el;
          registerText(el);
        }}
      />
      <ShownChoice value={form.values.visibility === "shown" ? "shown" : "private"} onValue={form.set("visibility")} partnerName={partnerName} />
      <SaveOrCancel formError={form.formError} busy={form.busy} busyLabel="Saving…" onCancel={onCancel}>
        {submitLabel}
      </SaveOrCancel>
    </form>
  );
}
