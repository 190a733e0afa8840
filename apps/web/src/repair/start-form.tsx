import { repairStartBody } from "@attune/shared";
import { useId } from "react";
import { Button } from "../ui/button.tsx";
import { FieldError } from "../ui/field-messages.tsx";
import { Notice } from "../ui/notice.tsx";
import { useZodForm } from "../ui/zod-form.ts";
import type { RepairMode } from "./api.ts";

const MODES: { mode: RepairMode; label: string; hint: string }[] = [
  { mode: "together", label: "Together, on one screen", hint: "Sit side by side and pass the device when it's the other's turn." },
  {
    mode: "apart",
    label: "Each on our own device",
    hint: "Each of you opens Attune on your own phone or computer. Good when you want a little space, or you're apart.",
  },
];

/** What a repair holds, and how to do it (together or apart): the start of one. */
export function StartForm({ partner, busy, failure, onStart }: { partner: string; busy: boolean; failure: string | null; onStart(mode: RepairMode): void }) {
  const id = useId();
  // The page starts it (and says why it could not); the form asks for a choice first.
  const form = useZodForm({ mode: "" }, repairStartBody, async ({ mode }) => {
    if (!busy) onStart(mode);
  });
  const missing = form.errors.mode;
  return (
    <form className="card stack" onSubmit={form.onSubmit} noValidate>
      <p>
        You'll pause and agree to talk, each tell your side while the other listens and says it back, name your own part, offer an apology where it fits, and
        settle on one small thing for next time. You can pause at any step and come back later.
      </p>
      <p>It begins with a short, private safety check for each of you.</p>
      <fieldset className="rp-modes" aria-describedby={missing ? `${id}-error` : undefined}>
        <legend className="field__label">How would you like to do this with {partner}?</legend>
        {MODES.map((m, i) => (
          <label key={m.mode} className="rp-mode">
            <input
              ref={i === 0 ? form.register("mode") : undefined}
              type="radio"
              name="mode"
              value={m.mode}
              checked={form.values.mode === m.mode}
              onChange={() => form.set("mode")(m.mode)}
            />
            <span>
              <strong>{m.label}</strong>
              <span className="rp-mode__hint">{m.hint}</span>
            </span>
          </label>
        ))}
        {missing ? <FieldError id={`${id}-error`}>{missing}</FieldError> : null}
      </fieldset>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Starting…">
          Begin with the safety check
        </Button>
      </div>
    </form>
  );
}
