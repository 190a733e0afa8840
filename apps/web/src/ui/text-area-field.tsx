import { FieldMessages, messageIds } from "./field-messages.tsx";
import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from "react";

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "value" | "onChange">;

export interface TextAreaFieldProps extends AreaProps {
  label: string;
  value: string;
  onValue(value: string): void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shows "n / max characters" once the text gets near `maxLength`. */
  showCount?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field with hint, error and an optional count; like <Field>. */
export function TextAreaField({ label, value, onValue, hint, error, showCount, inputRef, maxLength, rows = 4, ...rest }: TextAreaFieldProps) {
  const id = useId();
  const countId = showCount && maxLength ? `${id}-count` : undefined;
  const { describedBy } = messageIds(id, error, hint, countId);
  const length = [...value].length;
  const nearLimit = maxLength !== undefined && length > maxLength * 0.8;
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        ref={inputRef}
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
      <FieldMessages id={id} error={error} hint={hint} />
      {countId ? (
        <p id={countId} className={nearLimit ? "field__count field__count--near" : "field__count"}>
          {length} / {maxLength} characters
        </p>
      ) : null}
    </div>
  );
}
