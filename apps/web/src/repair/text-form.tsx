import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button, type ButtonProps } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";

export interface TextFormProps {
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
export function TextForm({ label, submitLabel, initial = "", error, busy, maxLength, rows, showCount, submitVariant, onSend, children }: TextFormProps) {
  const [text, setText] = useState(initial);
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === "") {
      setEmpty(true);
      ref.current?.focus();
      return;
    }
    onSend(text);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextAreaField
        label={label}
        value={text}
        onValue={(v) => {
          setText(v);
          setEmpty(false);
        }}
        error={empty ? "Write a few words first." : undefined}
        inputRef={ref}
        maxLength={maxLength}
        showCount={showCount}
        rows={rows}
      />
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
