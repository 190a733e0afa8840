import type { CoreEmotionName, Emotions } from "@attune/shared";
import type { Ref } from "react";
import { EmotionScale } from "../loop/checkin/emotion-scale.tsx";
import { FieldError } from "../ui/field-messages.tsx";

const EMOTIONS: readonly CoreEmotionName[] = ["mad", "sad", "glad", "fear"];

export interface FeltGroupProps {
  felt: Emotions;
  error: string | undefined;
  /** takes focus when nothing was felt */
  groupRef: Ref<HTMLDivElement>;
  onFelt(emotion: CoreEmotionName, value: number): void;
}

/** "What you felt, and how strongly": the four feelings as sliders, labelled together. */
export function FeltGroup({ felt, error, groupRef, onFelt }: FeltGroupProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: four sliders labelled together; a fieldset's legend would break the focus target used for errors.
    <div className="stack rp-felt" ref={groupRef} tabIndex={-1} role="group" aria-labelledby="rp-felt" aria-describedby={error ? "rp-felt-error" : undefined}>
      <p id="rp-felt" className="field__label">
        What you felt, and how strongly
      </p>
      <div className="scales">
        {EMOTIONS.map((e) => (
          <EmotionScale key={e} emotion={e} value={felt[e]} onValue={(v) => onFelt(e, v)} />
        ))}
      </div>
      {error ? <FieldError id="rp-felt-error">{error}</FieldError> : null}
    </div>
  );
}
