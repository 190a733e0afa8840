import { passwordHint, type Strength } from "./password-hint.ts";

const LABEL: Record<Strength, string> = { empty: "", short: "too short", guessable: "easy to guess", okay: "okay", good: "good", strong: "strong" };

/**
 * The strength hint under a new-password field: a quiet four-step bar and one line of
 * text. The text is the accessible part; the bar is decoration.
 */
export function PasswordMeter({ password, personal = [] }: { password: string; personal?: string[] }) {
  const hint = passwordHint(password, personal);
  return (
    <div className={`meter meter--${hint.strength}`}>
      <div className="meter__bar" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={step <= hint.level ? "meter__step meter__step--on" : "meter__step"} />
        ))}
      </div>
      <p className="meter__text">{hint.message}</p>
      {/* Screen readers hear the strength when it changes, not a count on every keystroke. */}
      <p className="visually-hidden" aria-live="polite">
        {hint.level > 0 ? `Password strength: ${LABEL[hint.strength]}.` : ""}
      </p>
    </div>
  );
}
