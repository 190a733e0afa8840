import { useRef, useState, type FormEvent } from "react";
import { asFailure } from "../../api/client.ts";

/**
 * A reply being written: it lives only in this memory, reaches the server only on Send, and
 * stays when sending fails. A coach rewrite can be taken and given back ("Back to my words").
 */
export function useDraft(onSend: (body: string) => Promise<void>) {
  const [draft, setDraft] = useState("");
  const [before, setBefore] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const edit = (value: string) => {
    setDraft(value);
    setError(null);
    setSent(null);
  };

  const applyRewrite = (rewrite: string) => {
    setBefore(draft);
    edit(rewrite);
    textarea.current?.focus();
  };

  const backToMine = () => {
    if (before === null) return;
    edit(before);
    setBefore(null);
    textarea.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (draft.trim() === "") {
      setError("Write a few words first.");
      textarea.current?.focus();
      return;
    }
    setSending(true);
    setError(null);
    try {
      await onSend(draft);
      setDraft("");
      setBefore(null);
      setSent("Sent. Thank you for showing up for them.");
    } catch (e) {
      setError(`${asFailure(e).message} Your words are still here.`);
    } finally {
      setSending(false);
    }
  };

  return { draft, rewritten: before !== null, sending, error, sent, textarea, edit, applyRewrite, backToMine, submit };
}
