import { CORRECTION_MAX } from "@attune/shared";
import { TextAreaField } from "../ui/text-area-field.tsx";
import type { FormState } from "../ui/zod-form.ts";
import { SaveOrCancel } from "./save-or-cancel.tsx";

/** "Not quite…": how I would put a note about me, in my own words. */
export function CorrectionForm({ form, partnerName, onCancel }: { form: FormState<"correction">; partnerName: string; onCancel(): void }) {
  return (
    <form className="pm-form" onSubmit={form.onSubmit} noValidate>
      <TextAreaField
        label="How would you put it?"
        hint={`${partnerName} will see your words next to their note.`}
        {...form.bind("correction")}
        maxLength={CORRECTION_MAX}
        rows={3}
        autoFocus
      />
      <SaveOrCancel formError={form.formError} busy={form.busy} busyLabel="Sending…" onCancel={onCancel}>
        Send my correction
      </SaveOrCancel>
    </form>
  );
}
