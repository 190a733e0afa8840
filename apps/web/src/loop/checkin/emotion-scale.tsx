import { INTENSITY_LABELS, type CoreEmotionName } from "@attune/shared";
import { useId } from "react";

const PROMPTS: Record<CoreEmotionName, { name: string; icon: string; hint: string }> = {
  mad: { name: "Mad", icon: "⚡", hint: "Did anything frustrate or anger you?" },
  sad: { name: "Sad", icon: "☂", hint: "Did anything bring sadness?" },
  glad: { name: "Glad", icon: "☀", hint: "What brought you joy?" },
  fear: { name: "Fear", icon: "☁", hint: "Did you feel worried or afraid?" },
};

/**
 * One core emotion and how strongly it showed up today: four native radio buttons
 * drawn as a segmented control, so arrow keys move between them and the group is
 * announced with its question.
 */
export function EmotionScale({ emotion, value, onValue }: { emotion: CoreEmotionName; value: number; onValue(v: number): void }) {
  const id = useId();
  const p = PROMPTS[emotion];
  return (
    <fieldset className="scale" aria-describedby={`${id}-hint`}>
      <legend className="scale__legend">
        <span aria-hidden="true" className="scale__icon">
          {p.icon}
        </span>{" "}
        {p.name}
      </legend>
      <p id={`${id}-hint`} className="scale__hint">
        {p.hint}
      </p>
      <div className="scale__options">
        {INTENSITY_LABELS.map((label, level) => (
          <label key={label} className={`scale__option scale__option--${level}`}>
            <input type="radio" name={`${id}-${emotion}`} value={level} checked={value === level} onChange={() => onValue(level)} />
            <span>
              <span aria-hidden="true" className="scale__tick">
                ✓{"\u00a0"}
              </span>
              {label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
