import type { NoteView } from "@attune/shared";

/** What my partner said about a note I showed them: nothing yet, "that's me", or their own words. */
export function NoteResponse({ note, partnerName }: { note: NoteView; partnerName: string }) {
  const r = note.response;
  if (!r) return <p className="muted">Waiting for {partnerName} to say whether this fits.</p>;
  if (r.status === "confirmed") {
    return (
      <p className="pm-confirmed">
        <span aria-hidden="true">✓ </span>
        {partnerName} said: <strong>Yes, that's me.</strong>
      </p>
    );
  }
  return (
    <div className="pm-response pm-response--corrected">
      <p>
        <span aria-hidden="true">✎ </span>
        {partnerName} would put it differently:
      </p>
      <blockquote>{r.correction}</blockquote>
    </div>
  );
}
