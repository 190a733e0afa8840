import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

/**
 * A choice saved the moment it is made (a checkbox). What is shown follows the click in
 * the same event: React puts a controlled checkbox back to its prop right after the event,
 * and a mutation's own state reaches React a tick later, so a box drawn from it looks as
 * if it ignored the click. If saving fails, the saved value comes back with the error.
 */
export function useSavedChoice<T, R>({ saved, save, onSaved }: { saved: T | undefined; save: (next: T) => Promise<R>; onSaved: (result: R) => void }) {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const mutation = useMutation({ mutationFn: save, onSuccess: onSaved, onSettled: () => setDraft(null) });
  return {
    value: draft ? draft.value : saved,
    /** True from the click until the server has answered. */
    pending: draft !== null || mutation.isPending,
    error: mutation.error,
    choose(next: T) {
      setDraft({ value: next });
      mutation.mutate(next);
    },
    reset: mutation.reset,
  };
}
