import { repairActionSchemas } from "@attune/shared";
import type { ReactNode } from "react";
import { Button, type ButtonProps } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import { useZodForm } from "../ui/zod-form.ts";

/** Each text step's rule, as the server checks the action it sends. */
const TEXT_OF = {
  own_part: repairActionSchemas.own_part.pick({ text: true }),
  apologise: repairActionSchemas.apologise.pick({ text: true }),
  propose_agreement: repairActionSchemas.propose_agreement.pick({ text: true }),
};

export interface TextFormProps {
  /** the action the text is sent with, whose rule it must meet */
  action: keyof typeof TEXT_OF;
  label: string;
  submitLabel: string;
  initial?: string;
  /** the step's refusal or failure, shown above the buttons */
  error?: string | null;
  busy: boolean;
  maxLength: number;
  rows: number;
  showCount?: boolean;
  submitVariant?: ButtonProps["variant"];
  onSend(text: string): void;
  /** more buttons beside the send button */
  children?: ReactNode;
}

/** One short text for a repair step (my part, my apology, our agreement): it must not be empty. */
export function TextForm({
  action,
  label,
  submitLabel,
  initial = "",
  error,
  busy,
  maxLength,
  rows,
  showCount,
  submitVariant,
  onSend,
  children,
}: TextFormProps) {
  // The step sends (its busy and error are shared with its other buttons); the form checks and keeps the words.
  const form = useZodForm({ text: initial }, TEXT_OF[action], async ({ text }) => onSend(text));
  return (
    <form className="stack" onSubmit={form.onSubmit} noValidate>
      <TextAreaField label={label} {...form.bind("text")} maxLength={maxLength} showCount={showCount} rows={rows} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <Button type="submit" variant={submitVariant} busy={busy}>
          {submitLabel}
        </Button>
        {children}
      </div>
    </form>
  );
}
