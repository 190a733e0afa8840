import type { ReplyView } from "@attune/shared";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { asFailure } from "../../api/client.ts";
import { Button } from "../../ui/button.tsx";
import { sendFeedback } from "../api.ts";
import { Notice } from "../../ui/notice.tsx";

/** For the sharer: did this reply from their partner leave them feeling heard? */
export function FeedbackAsker({ reply, onChange }: { reply: ReplyView; onChange(updated: ReplyView): void }) {
  const id = useId();
  const [editing, setEditing] = useState(reply.feedback === null);
  const [note, setNote] = useState(reply.feedback?.note ?? "");
  const send = useMutation({
    mutationFn: (heard: boolean) => {
      const trimmed = note.trim();
      return sendFeedback(reply.id, trimmed ? { heard, note: trimmed } : { heard });
    },
    onSuccess: (updated) => {
      onChange(updated);
      setEditing(false);
    },
  });
  // Which button is sending, so only that one says "Saving…".
  const busy = send.isPending ? send.variables : null;
  const error = send.error ? asFailure(send.error).message : null;
  const answer = (heard: boolean) => {
    if (busy === null) send.mutate(heard);
  };

  if (!editing && reply.feedback) {
    return (
      <div className="feedback feedback--given">
        <p>
          <span aria-hidden="true">{reply.feedback.heard ? "♥ " : "♡ "}</span>
          You told {reply.author.displayName}: <strong>{reply.feedback.heard ? "I felt heard" : "Not quite"}</strong>
          {reply.feedback.note ? <> — “{reply.feedback.note}”</> : null}
        </p>
        {/* A note belongs to the answer it was written for: changing the answer starts a fresh one. */}
        <Button
          variant="quiet"
          onClick={() => {
            setNote("");
            setEditing(true);
          }}
        >
          Change
        </Button>
      </div>
    );
  }

  return (
    <fieldset className="feedback">
      <legend>Did you feel heard?</legend>
      <div className="feedback__note">
        <label htmlFor={`${id}-note`}>A word for {reply.author.displayName} (optional)</label>
        <input id={`${id}-note`} type="text" maxLength={280} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="actions">
        <Button variant="secondary" busy={busy === true} busyLabel="Saving…" onClick={() => answer(true)}>
          I felt heard
        </Button>
        <Button variant="secondary" busy={busy === false} busyLabel="Saving…" onClick={() => answer(false)}>
          Not quite
        </Button>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </fieldset>
  );
}

/** For the replier: what their partner said about the reply, worded kindly. */
export function FeedbackReceived({ reply, sharerName }: { reply: ReplyView; sharerName: string }) {
  const f = reply.feedback;
  if (!f) return null;
  return (
    <p className={`feedback feedback--received feedback--${f.heard ? "heard" : "not-yet"}`}>
      <span aria-hidden="true">{f.heard ? "♥ " : "♡ "}</span>
      {f.heard ? (
        <>
          <strong>{sharerName} felt heard.</strong>
          {f.note ? <> “{f.note}”</> : null} That reply reached them.
        </>
      ) : (
        <>
          <strong>{sharerName} said it didn't quite land yet.</strong>
          {f.note ? <> “{f.note}”</> : null} That's worth knowing — you could ask what would help right now.
        </>
      )}
    </p>
  );
}
