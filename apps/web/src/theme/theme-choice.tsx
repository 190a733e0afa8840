import { useId } from "react";
import { THEME_CHOICES, useTheme, type ThemeChoice } from "./theme.ts";

const LABELS: Record<ThemeChoice, string> = {
  system: "Follow the system setting",
  light: "Light",
  dark: "Dark",
};

/** Account settings: light, dark or the system's, for this browser. Applies at once. */
export function ThemeChoiceSection() {
  const id = useId();
  const [choice, setChoice] = useTheme();
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Appearance</h2>
      <fieldset className="choice-group">
        <legend>Colours in this browser</legend>
        {THEME_CHOICES.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name={`${id}-theme`} value={value} checked={choice === value} onChange={() => setChoice(value)} />
            <span>{LABELS[value]}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted">Kept in this browser only, so a shared screen and your phone can differ.</p>
    </section>
  );
}
