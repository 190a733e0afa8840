import { useId } from "react";

/** Partner or therapist: a therapist's account has no partner and sees only what couples grant. */
export function RoleChoice({ value, onValue }: { value: string; onValue(value: string): void }) {
  const id = useId();
  const options = [
    ["partner", "I'm here for my relationship"],
    ["therapist", "I'm a therapist"],
  ] as const;
  return (
    <fieldset className="role-choice">
      <legend className="field__label">How will you use Attune?</legend>
      {options.map(([role, label]) => (
        <div className="role-choice__item" key={role}>
          <input id={`${id}-${role}`} type="radio" name={`${id}-role`} value={role} checked={value === role} onChange={() => onValue(role)} />
          <label htmlFor={`${id}-${role}`}>{label}</label>
        </div>
      ))}
      {value === "therapist" ? <p className="field__hint">Couples invite you with a code, and you see only what both partners agree to share.</p> : null}
    </fieldset>
  );
}
