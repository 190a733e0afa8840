import { checkComplaint } from "@attune/shared";
import { useDeferredValue } from "react";
import { Button } from "../ui/button.tsx";

/**
 * Beside the complaint step: what would make the words land as an attack, and a request
 * frame to borrow. Polite (role="status"), so it never interrupts someone mid-sentence.
 */
export function ComplaintHelper({ text, onUseFrame }: { text: string; onUseFrame(frame: string): void }) {
  const check = checkComplaint(useDeferredValue(text));
  return (
    <div className="dtr-helper" role="status">
      {check.notes.length > 0 ? (
        <>
          <ul className="dtr-helper__notes">
            {check.notes.map((note) => (
              <li key={`${note.id}-${note.start}`}>
                {note.end > note.start ? <q>{text.slice(note.start, note.end)}</q> : null} {note.message}
              </li>
            ))}
          </ul>
          {check.suggestion ? (
            <p className="dtr-helper__frame">
              <span className="muted">A frame you could use: </span>
              <span>{check.suggestion}</span>{" "}
              <Button variant="quiet" onClick={() => onUseFrame(check.suggestion ?? "")}>
                Use this frame
              </Button>
            </p>
          ) : null}
        </>
      ) : text.trim().length >= 12 ? (
        <p className="muted">This reads as a request. Thank you for making it easy to hear.</p>
      ) : null}
    </div>
  );
}
