import { FieldMessages, messageIds } from "./field-messages.tsx";
import { useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from "react";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange">;

export interface FieldProps extends InputProps {
  label: string;
  value: string;
  onValue(value: string): void;
  /** Shown under the input, linked with aria-describedby. */
  hint?: ReactNode;
  error?: string | undefined;
  /** Adds a Show/Hide toggle for password inputs. */
  revealable?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and error, both read out with the field. */
export function Field({ label, value, onValue, hint, error, revealable, inputRef, type = "text", ...rest }: FieldProps) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  const { describedBy } = messageIds(id, error, hint);
  const shownType = revealable && revealed ? "text" : type;
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="field__control">
        <input
          id={id}
          ref={inputRef}
          type={shownType}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...rest}
        />
        {revealable ? (
          <button
            type="button"
            className="field__reveal"
            aria-pressed={revealed}
            aria-label={revealed ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
            onClick={() => setRevealed((r) => !r)}
          >
            {revealed ? "Hide" : "Show"}
          </button>
        ) : null}
      </div>
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}
