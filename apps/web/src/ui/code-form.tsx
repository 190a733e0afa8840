import { Button } from "./button.tsx";
import { Field } from "./field.tsx";
import { Notice } from "./notice.tsx";
import type { FormState } from "./zod-form.ts";

export interface CodeFormProps {
  form: FormState<"code">;
  label: string;
  hint: string;
  busyLabel?: string;
}

/** One invite code and "Continue": typed as it is read out (capitals, no spell check). */
export function CodeForm({ form, label, hint, busyLabel }: CodeFormProps) {
  return (
    <form className="stack" onSubmit={form.onSubmit} noValidate>
      <Field label={label} {...form.bind("code")} hint={hint} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="input--code" />
      <Notice tone="error">{form.formError}</Notice>
      <div className="actions">
        <Button type="submit" variant="secondary" busy={form.busy} busyLabel={busyLabel}>
          Continue
        </Button>
      </div>
    </form>
  );
}
