import type { NoteView } from "@attune/shared";
import { Button } from "../ui/button.tsx";

/** My answer to a note about me, as I gave it, with a way to change it. */
export function MyAnswer({ response, partnerName, onChange }: { response: NonNullable<NoteView["response"]>; partnerName: string; onChange(): void }) {
  return (
    <div className="pm-response">
      {response.status === "confirmed" ? (
        <p className="pm-confirmed">
          <span aria-hidden="true">✓ </span>You told {partnerName}: <strong>Yes, that's me.</strong>
        </p>
      ) : (
        <>
          <p>You put it in your own words:</p>
          <blockquote>{response.correction}</blockquote>
        </>
      )}
      <Button variant="quiet" onClick={onChange}>
        Change my answer
      </Button>
    </div>
  );
}
