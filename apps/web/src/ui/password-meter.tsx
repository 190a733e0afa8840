import { passwordHint } from "./password-hint.ts";

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
      <p className="meter__text" aria-live="polite">
        {hint.message}
      </p>
    </div>
  );
}
