import { useId } from "react";
import { Button } from "../../ui/button.tsx";
import { FieldError } from "../../ui/field-messages.tsx";
import { DepthNudge } from "./depth-nudge.tsx";

export interface MindHeartFieldProps {
  prompt: string;
  value: string;
  onValue(value: string): void;
  error?: string | undefined;
  inputRef?(element: HTMLTextAreaElement | null): void;
  /** "Another question", when the prompt can be swapped */
  onAnother: (() => void) | null;
}

/** The mind-and-heart answer: the day's question as its label, a way to swap it, and the depth nudge. */
export function MindHeartField({ prompt, value, onValue, error, inputRef, onAnother }: MindHeartFieldProps) {
  const id = useId();
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label htmlFor={`${id}-mh`} className="field__label">
        {prompt}
      </label>
      <textarea
        id={`${id}-mh`}
        ref={inputRef}
        className="textarea"
        rows={4}
        maxLength={4000}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-mh-error ${id}-mh-hint` : `${id}-mh-hint`}
      />
      {error ? <FieldError id={`${id}-mh-error`}>{error}</FieldError> : null}
      <p id={`${id}-mh-hint`} className="field__hint">
        A few honest lines are plenty. How it felt matters more than what happened.
      </p>
      {onAnother ? (
        <Button variant="quiet" onClick={onAnother}>
          Another question
        </Button>
      ) : null}
      <DepthNudge text={value} />
    </div>
  );
}
