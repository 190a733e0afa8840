import type { NoteVisibility } from "@attune/shared";
import { useId } from "react";

/**
 * Who can read a note: private by default, or shown to the partner as a question
 * ("is this right?"). Two plain radios, so arrow keys and screen readers just work.
 */
export function ShownChoice({ value, onValue, partnerName }: { value: NoteVisibility; onValue(v: NoteVisibility): void; partnerName: string }) {
  const id = useId();
  return (
    <fieldset className="visibility pm-shown">
      <legend className="field__label">Who can read this?</legend>
      <label className="visibility__option">
        <input type="radio" name={`${id}-shown`} value="private" checked={value === "private"} onChange={() => onValue("private")} />
        <span>
          <strong>Only you can read this</strong>
          <span className="muted"> — a private note to help you remember</span>
        </span>
      </label>
      <label className="visibility__option">
        <input type="radio" name={`${id}-shown`} value="shown" checked={value === "shown"} onChange={() => onValue("shown")} />
        <span>
          <strong>Show to {partnerName} — ask if I understood right</strong>
          <span className="muted"> — they can read it and tell you whether it fits</span>
        </span>
      </label>
    </fieldset>
  );
}
