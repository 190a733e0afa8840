import { useId, useRef, useState, type FormEvent } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";

/** My sealed answer to today's question; kept on screen if sending fails. */
export function AnswerForm({ partnerName, partnerAnswered = false, onAnswer }: { partnerName: string; partnerAnswered?: boolean; onAnswer(text: string): Promise<void> }) {
  const id = useId();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setError("Write your answer first.");
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onAnswer(text);
    } catch (e) {
      setError(`${asFailure(e).message} Your answer is still here.`);
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-a`} className="field__label">
          Your answer
        </label>
        <textarea
          id={`${id}-a`}
          ref={field}
          className="textarea"
          rows={4}
          maxLength={2000}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          aria-describedby={`${id}-hint${error ? ` ${id}-err` : ""}`}
          aria-invalid={error ? true : undefined}
        />
        <p id={`${id}-hint`} className="field__hint">
          <span aria-hidden="true">✉ </span>
          {partnerAnswered
            ? `${partnerName}'s answer is waiting: when you send yours, you'll both see both.`
            : `Sealed until ${partnerName} answers too — then you'll both see both answers.`}
        </p>
      </div>
      {error ? (
        <p id={`${id}-err`} role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Sealing…">
          Seal my answer
        </Button>
      </div>
    </form>
  );
}
