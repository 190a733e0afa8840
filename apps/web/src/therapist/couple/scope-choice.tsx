import { THERAPIST_SCOPE_TEXT, THERAPIST_SCOPES, type TherapistScope } from "@attune/shared";
import { useId, type Ref } from "react";
import { FieldError } from "../../ui/field-messages.tsx";

/** Scopes travel through the form as one space-separated string (our forms hold strings). */
export const scopesOf = (value: string) => value.split(" ").filter(Boolean) as TherapistScope[];
export const scopesValue = (scopes: readonly TherapistScope[]) => scopes.join(" ");

/** One checkbox per scope, each with what it shares. */
export function ScopeChoice({
  value,
  onValue,
  error,
  inputRef,
  legend,
}: {
  value: string;
  onValue(v: string): void;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  legend: string;
}) {
  const id = useId();
  const chosen = new Set(scopesOf(value));
  const toggle = (scope: TherapistScope, on: boolean) => {
    if (on) chosen.add(scope);
    else chosen.delete(scope);
    onValue(scopesValue(THERAPIST_SCOPES.filter((s) => chosen.has(s))));
  };
  return (
    <fieldset className={error ? "th-choice field--invalid" : "th-choice"} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {THERAPIST_SCOPES.map((scope, i) => (
        <div className="th-choice__item" key={scope}>
          <input
            id={`${id}-${scope}`}
            type="checkbox"
            checked={chosen.has(scope)}
            onChange={(e) => toggle(scope, e.target.checked)}
            aria-describedby={`${id}-${scope}-what`}
            ref={i === 0 ? inputRef : undefined}
          />
          <label htmlFor={`${id}-${scope}`}>{THERAPIST_SCOPE_TEXT[scope].title}</label>
          <p id={`${id}-${scope}-what`} className="muted th-choice__what">
            {THERAPIST_SCOPE_TEXT[scope].what}
          </p>
        </div>
      ))}
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </fieldset>
  );
}
