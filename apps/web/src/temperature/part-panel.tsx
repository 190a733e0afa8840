import { TEMPERATURE_GUIDE, TEMPERATURE_PARTS, type TemperaturePart } from "@attune/shared";
import { useEffect, useRef, useState } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import type { TemperatureReadingView } from "./api.ts";
import { PartStep } from "./part-step.tsx";
import { ReadingEntries } from "./reading-entries.tsx";
import type { ReadingActions } from "./use-temperature.ts";

interface Props {
  reading: TemperatureReadingView;
  step: number;
  myId: string;
  partnerName: string;
  seed: string;
  actions: ReadingActions;
  focusHeading: boolean;
  onMove(step: number): void;
}

const savedText = (reading: TemperatureReadingView, myId: string, part: TemperaturePart) =>
  reading.entries.find((e) => e.part === part && e.authorId === myId)?.text ?? "";

/**
 * One part of the reading. Moving on saves what was written, so closing the tab loses at
 * most the part on screen.
 */
export function PartPanel({ reading, step, myId, partnerName, seed, actions, focusHeading, onMove }: Props) {
  const together = reading.mode === "together";
  const part = TEMPERATURE_PARTS[step] ?? "appreciation";
  const next = TEMPERATURE_PARTS[step + 1];
  const [text, setText] = useState(() => savedText(reading, myId, part));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  const save = async (): Promise<boolean> => {
    if (text.trim() === savedText(reading, myId, part)) return true;
    try {
      await actions.write.mutateAsync({ id: reading.id, part, text: text.trim() });
      return true;
    } catch {
      return false;
    }
  };
  const failure = actions.write.error ?? actions.finish.error ?? actions.end.error;
  const busy = actions.write.isPending || actions.finish.isPending;

  return (
    <section className="card stack dtr-flow" aria-labelledby="dtr-part">
      <p className="dtr-progress">
        Part {step + 1} of {TEMPERATURE_PARTS.length}
        {!together && reading.partnerFinished ? ` · ${partnerName} has finished` : ""}
      </p>
      <ol className="dtr-steps" aria-label="The five parts">
        {TEMPERATURE_PARTS.map((p, i) => (
          <li key={p} aria-current={i === step ? "step" : undefined}>
            {TEMPERATURE_GUIDE[p].title}
          </li>
        ))}
      </ol>
      <h2 id="dtr-part" ref={heading} tabIndex={-1}>
        {TEMPERATURE_GUIDE[part].title}
      </h2>
      <PartStep part={part} together={together} partnerName={partnerName} text={text} onText={setText} seed={seed} />
      {failure ? <Notice tone="error">{asFailure(failure).message}</Notice> : null}
      <div className="actions">
        {next ? (
          <Button busy={busy} onClick={() => void save().then((ok) => ok && onMove(step + 1))}>
            Next: {TEMPERATURE_GUIDE[next].title}
          </Button>
        ) : (
          <Button busy={busy} onClick={() => void save().then((ok) => ok && actions.finish.mutate(reading.id))}>
            {together ? "We're done" : "I'm done"}
          </Button>
        )}
        {step > 0 ? (
          <Button variant="secondary" onClick={() => void save().then((ok) => ok && onMove(step - 1))}>
            Back
          </Button>
        ) : null}
        <Button variant="quiet" busy={actions.end.isPending} onClick={() => actions.end.mutate(reading.id)}>
          End this reading
        </Button>
      </div>
      {together ? (
        <section aria-labelledby="dtr-notes" className="stack">
          <h3 id="dtr-notes">Your notes so far</h3>
          <ReadingEntries reading={reading} myId={myId} partnerName={partnerName} />
        </section>
      ) : null}
    </section>
  );
}
