import { replyBody } from "@attune/shared";
import { useRef, useState } from "react";
import type { z } from "zod";
import { asFailure } from "../../api/client.ts";
import { useZodForm } from "../../ui/zod-form.ts";

/** Which of the coach's offers was taken (see `Analysis.rewrite` and `Analysis.starter`). */
export type OfferKind = "rewrite" | "starter";

/** What the draft must be to send (the server's own rule): a reply's by default. */
export type DraftSchema = z.ZodType<{ body: string }, { body: string }>;

/**
 * A reply being written: it lives only in this memory, reaches the server only on Send, and
 * stays when sending fails. A coach rewrite can be taken and given back ("Back to my words").
 * A starter taken is marked as the coach's words until it is edited (`fromStarter`).
 */
export function useDraft(onSend: (body: string) => Promise<void>, schema: DraftSchema = replyBody) {
  const [before, setBefore] = useState<string | null>(null);
  const [started, setStarted] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const form = useZodForm({ body: "" }, schema, async ({ body }) => {
    setFailed(null);
    try {
      await onSend(body);
    } catch (e) {
      const failure = asFailure(e);
      // An error naming the draft shows by the draft (the form does that); any other says the words are kept.
      if (failure.field !== "body") setFailed(`${failure.message} Your words are still here.`);
      throw e;
    }
    form.reset();
    setBefore(null);
    setStarted(null);
    setSent("Sent. Thank you for showing up for them.");
  });
  const draft = form.values.body;
  const registerDraft = form.register("body");

  const edit = (value: string) => {
    form.set("body")(value);
    setFailed(null);
    setSent(null);
  };

  /** Takes what the coach offers: their words trimmed, or a starter (the coach's words, to be made theirs). */
  const applyRewrite = (text: string, kind: OfferKind = "rewrite") => {
    setBefore(draft);
    setStarted(kind === "starter" ? text : null);
    edit(text);
    textarea.current?.focus();
  };

  const backToMine = () => {
    if (before === null) return;
    edit(before);
    setBefore(null);
    setStarted(null);
    textarea.current?.focus();
  };

  return {
    draft,
    rewritten: before !== null,
    /** the draft is still the coach's starter, word for word */
    fromStarter: started !== null && draft === started,
    sending: form.busy,
    error: form.errors.body ?? failed,
    sent,
    textarea: (element: HTMLTextAreaElement | null) => {
      textarea.current = element;
      registerDraft(element);
    },
    edit,
    applyRewrite,
    backToMine,
    submit: form.onSubmit,
  };
}
