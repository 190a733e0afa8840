import { CORRECTION_MAX } from "@attune/shared";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import type { FormState } from "../ui/zod-form.ts";

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
      {form.formError ? <Notice tone="error">{form.formError} Your words are still here.</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={form.busy} busyLabel="Sending…">
          Send my correction
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
