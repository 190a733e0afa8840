import type { Visibility } from "@attune/shared";
import { useId } from "react";

/** Private journal or shared with the partner, as two plain radio buttons. */
export function VisibilityChoice({ value, onValue, partnerName }: { value: Visibility; onValue(v: Visibility): void; partnerName: string | null }) {
  const id = useId();
  return (
    <fieldset className="visibility">
      <legend className="field__label">Who sees this?</legend>
      <label className="visibility__option">
        <input type="radio" name={`${id}-vis`} value="private" checked={value === "private"} onChange={() => onValue("private")} />
        <span>
          <strong>Just me</strong>
          <span className="muted"> — a private journal entry</span>
        </span>
      </label>
      <label className="visibility__option">
        <input type="radio" name={`${id}-vis`} value="shared" checked={value === "shared"} disabled={!partnerName} onChange={() => onValue("shared")} />
        <span>
          <strong>{partnerName ? `Share with ${partnerName}` : "Share with your partner"}</strong>
          <span className="muted">{partnerName ? " — they can read and reply" : " — link with your partner first"}</span>
        </span>
      </label>
    </fieldset>
  );
}
