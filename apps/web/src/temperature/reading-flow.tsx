import { TEMPERATURE_PARTS } from "@attune/shared";
import { useState } from "react";
import { Button } from "../ui/button.tsx";
import type { TemperatureReadingView } from "./api.ts";
import { PartPanel } from "./part-panel.tsx";
import { ReadingEntries } from "./reading-entries.tsx";
import type { ReadingActions } from "./use-temperature.ts";

interface Props {
  reading: TemperatureReadingView;
  myId: string;
  partnerName: string;
  seed: string;
  actions: ReadingActions;
}

/** The open reading: the five parts one at a time, or, apart and done, the wait for the partner. */
export function ReadingFlow({ reading, myId, partnerName, seed, actions }: Props) {
  const [step, setStep] = useState(0);
  const [moved, setMoved] = useState(false);
  const part = TEMPERATURE_PARTS[step] ?? "appreciation";

  if (reading.mode === "apart" && reading.iFinished) {
    return (
      <section className="card stack" aria-labelledby="dtr-waiting">
        <h2 id="dtr-waiting">Thank you — your part is done</h2>
        <p>
          Your words and {partnerName}'s open for you both when {partnerName} has finished too. You'll find them here and in your past readings.
        </p>
        <ReadingEntries reading={reading} myId={myId} partnerName={partnerName} />
        <div className="actions">
          <Button variant="quiet" busy={actions.end.isPending} onClick={() => actions.end.mutate(reading.id)}>
            End this reading
          </Button>
        </div>
      </section>
    );
  }
  return (
    <PartPanel
      // A fresh panel per part: its text starts from what is saved for that part.
      key={part}
      reading={reading}
      step={step}
      myId={myId}
      partnerName={partnerName}
      seed={seed}
      actions={actions}
      focusHeading={moved}
      onMove={(next) => {
        setMoved(true);
        setStep(next);
      }}
    />
  );
}
