import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";

/** My sealed answer to today's question; kept on screen if sending fails. */
export function AnswerForm({
  partnerName,
  partnerAnswered = false,
  onAnswer,
}: {
  partnerName: string;
  partnerAnswered?: boolean;
  onAnswer(text: string): Promise<void>;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [empty, setEmpty] = useState(false);
  const send = useMutation({ mutationFn: onAnswer });
  const field = useRef<HTMLTextAreaElement>(null);
  const busy = send.isPending || send.isSuccess;
  const error = empty ? "Write your answer first." : send.error ? `${asFailure(send.error).message} Your answer is still here.` : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setEmpty(true);
      field.current?.focus();
      return;
    }
    setEmpty(false);
    send.mutate(text);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
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
            setEmpty(false);
            send.reset();
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
        <Notice tone="error" id={`${id}-err`}>
          {error}
        </Notice>
      ) : null}
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Sealing…">
          Seal my answer
        </Button>
      </div>
    </form>
  );
}
