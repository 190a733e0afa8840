import { repairActionSchemas } from "@attune/shared";
import { useState } from "react";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import { useZodForm } from "../ui/zod-form.ts";
import type { StepProps } from "./step-props.ts";
import { useAction } from "./use-repair.ts";

/** What to add, as the server checks it: optional, but not too long. */
const clarificationFields = repairActionSchemas.not_quite.pick({ clarification: true });

/** The teller answers a reflection: "Yes, that's it", or "Not quite" with what to add (optional). */
export function ConfirmHeard({ view, actor, act }: StepProps) {
  const { busy, error, run } = useAction(act);
  const [open, setOpen] = useState(false);
  const form = useZodForm({ clarification: "" }, clarificationFields, async ({ clarification }) => {
    await run({ type: "not_quite", by: actor, clarification });
  });
  const listener = view.names[actor === "a" ? "b" : "a"];
  const who = view.mode === "together" ? `${view.names[actor]}, did` : "Did";
  return (
    <div className="stack rp-confirm">
      <h3>
        {who} {listener} get it?
      </h3>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {open ? (
        <form className="stack" onSubmit={form.onSubmit} noValidate>
          <TextAreaField
            label="What would you add or put differently? (optional)"
            {...form.bind("clarification")}
            maxLength={2000}
            rows={3}
            hint="Gently, in a sentence or two. They'll try again."
          />
          <div className="actions">
            <Button type="submit" busy={busy}>
              Send and let them try again
            </Button>
            <Button variant="quiet" onClick={() => setOpen(false)}>
              Back
            </Button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <Button busy={busy} onClick={() => void run({ type: "confirm_heard", by: actor })}>
            Yes, that's it
          </Button>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Not quite
          </Button>
        </div>
      )}
    </div>
  );
}
