import { useState, type FormEvent } from "react";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
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
  const [mode, setMode] = useState<RepairMode | null>(null);
  const [missing, setMissing] = useState(false);
  const start = (event: FormEvent) => {
    event.preventDefault();
    setMissing(mode === null);
    if (mode && !busy) onStart(mode);
  };
  const error = missing ? "Choose how you'd like to do this first." : failure;
  return (
    <form className="card stack" onSubmit={start} noValidate>
      <p>
        You'll pause and agree to talk, each tell your side while the other listens and says it back, name your own part, offer an apology where it fits, and
        settle on one small thing for next time. You can pause at any step and come back later.
      </p>
      <p>It begins with a short, private safety check for each of you.</p>
      <fieldset className="rp-modes">
        <legend className="field__label">How would you like to do this with {partner}?</legend>
        {MODES.map((m) => (
          <label key={m.mode} className="rp-mode">
            <input
              type="radio"
              name="mode"
              value={m.mode}
              checked={mode === m.mode}
              onChange={() => {
                setMode(m.mode);
                setMissing(false);
              }}
            />
            <span>
              <strong>{m.label}</strong>
              <span className="rp-mode__hint">{m.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Starting…">
          Begin with the safety check
        </Button>
      </div>
    </form>
  );
}
