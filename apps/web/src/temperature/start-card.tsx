import { startTemperatureBody, TEMPERATURE_MINUTES } from "@attune/shared";
import { useId } from "react";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { useZodForm } from "../ui/zod-form.ts";
import type { ReadingActions } from "./use-temperature.ts";

/** How the two of you will do it today: side by side, or each on your own phone. */
export function StartCard({ partnerName, actions }: { partnerName: string; actions: ReadingActions }) {
  const id = useId();
  const form = useZodForm({ mode: "together" }, startTemperatureBody, async ({ mode }) => {
    await actions.start.mutateAsync(mode);
  });
  const mode = form.values.mode;
  return (
    <form className="card stack" aria-labelledby={`${id}-title`} onSubmit={form.onSubmit} noValidate>
      <h2 id={`${id}-title`}>Start a reading</h2>
      <p>
        Five short parts, always in this order, in {TEMPERATURE_MINUTES.from} to {TEMPERATURE_MINUTES.to} minutes: appreciations, something new, a puzzle, one
        complaint with a request, and a hope. Any part can be skipped.
      </p>
      <fieldset className="visibility">
        <legend className="field__label">How will you do it?</legend>
        <label className="visibility__option">
          <input type="radio" name={`${id}-mode`} checked={mode === "together"} onChange={() => form.set("mode")("together")} />
          <span>
            <strong>Together, on this device</strong>
            <span className="muted"> — take turns aloud; notes are shared</span>
          </span>
        </label>
        <label className="visibility__option">
          <input type="radio" name={`${id}-mode`} checked={mode === "apart"} onChange={() => form.set("mode")("apart")} />
          <span>
            <strong>Each on our own</strong>
            <span className="muted"> — your words and {partnerName}'s open when you've both finished</span>
          </span>
        </label>
      </fieldset>
      {form.formError ? <Notice tone="error">{form.formError}</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={form.busy}>
          Start
        </Button>
      </div>
    </form>
  );
}
