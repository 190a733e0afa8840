import type { ReadinessAnswers } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { useNarrow } from "../shell/use-narrow.ts";
import { FIRST_PART, ITEMS, partOf } from "./test-parts.ts";

const missingMessage = (count: number) =>
  count === 1 ? "One statement still needs an answer. We've taken you to it." : `${count} statements still need an answer. We've taken you to the first one.`;

/**
 * The test form's state: which part shows on a phone, the statements still to answer
 * (the first takes focus), and the send. Answers live in the parent, so a failed save
 * or stepping away and back never loses them.
 */
export function useTestForm(answers: ReadinessAnswers, onSubmit: (answers: ReadinessAnswers) => Promise<void>) {
  const send = useMutation({ mutationFn: onSubmit });
  const [missingError, setMissingError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const narrow = useNarrow();
  const [part, setPart] = useState(FIRST_PART);
  const busy = send.isPending;

  /** Shows a part (on a phone) and then focuses a statement in it. */
  const goTo = (itemId: string) => {
    if (narrow) flushSync(() => setPart(partOf(itemId)));
    form.current?.querySelector<HTMLInputElement>(`input[name="rt-${itemId}"]`)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = ITEMS.filter((item) => answers[item.id] === undefined);
    if (missing.length > 0) {
      setTried(true);
      send.reset();
      setMissingError(missingMessage(missing.length));
      goTo(missing[0]?.id ?? "");
      return;
    }
    setMissingError(null);
    send.mutate(answers);
  };

  const failed = send.error ? `${send.error instanceof Error ? send.error.message : "Something went wrong."} Your answers are all still here.` : null;
  return {
    form,
    narrow,
    part,
    setPart,
    goTo,
    submit,
    busy,
    /** after a first try, unanswered statements are marked */
    tried,
    error: missingError ?? failed,
    answered: ITEMS.filter((item) => answers[item.id] !== undefined).length,
    total: ITEMS.length,
  };
}
