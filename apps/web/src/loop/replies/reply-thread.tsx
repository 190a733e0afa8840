import type { ReplyView } from "@attune/shared";
import { useCallback, useEffect, useState } from "react";
import { asFailure } from "../../api/client.ts";
import { usePartnerNotes } from "../../partner-map/use-partner-notes.ts";
import { Button } from "../../ui/button.tsx";
import { dateTime } from "../../ui/format.ts";
import { fetchReplies, sendReply, type ReplyTarget } from "../api.ts";
import { Composer } from "../coach/composer.tsx";
import { useLiveEvents } from "../../live/events.ts";
import { FeedbackAsker, FeedbackReceived } from "./feedback.tsx";

export interface ReplyThreadProps {
  target: ReplyTarget;
  /** the shared text the replies answer */
  share: string;
  /** true when the viewer wrote the share */
  sharerIsMe: boolean;
  sharerName: string;
  partnerName: string;
  /** notes to show beside the composer; by default, my partner-map notes that fit the share */
  partnerNotes?: readonly string[];
  /** heading level context: the thread's own heading text */
  title?: string;
}

/** The replies to one share, the sharer's "did you feel heard", and the composer. */
export function ReplyThread({ target, share, sharerIsMe, sharerName, partnerName, partnerNotes, title = "Replies" }: ReplyThreadProps) {
  const [replies, setReplies] = useState<ReplyView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Level Two memory: only when answering my partner, never on my own share.
  const rankedNotes = usePartnerNotes(sharerIsMe || partnerNotes ? null : share);

  const { kind, id } = target;
  const load = useCallback(async () => {
    try {
      setReplies(await fetchReplies({ kind, id }));
      setError(null);
    } catch (e) {
      setError(asFailure(e).message);
    }
  }, [kind, id]);

  useEffect(() => {
    void load();
  }, [load]);

  // Replies and feedback carry ids we cannot map to a thread without asking, so any
  // such news makes the thread look again (one small request).
  useLiveEvents((event) => {
    if (event.type === "reply" || event.type === "feedback" || event.type === "resync") void load();
  });

  const replace = (updated: ReplyView) => setReplies((list) => (list ?? []).map((r) => (r.id === updated.id ? updated : r)));

  return (
    <section className="thread" aria-label={title}>
      <h2 className="thread__title">{title}</h2>
      {error ? (
        <div role="alert" className="notice notice--error">
          {error}{" "}
          <Button variant="quiet" onClick={() => void load()}>
            Try again
          </Button>
        </div>
      ) : null}
      {replies === null && !error ? <p className="loading">Opening the conversation…</p> : null}
      {replies && replies.length === 0 ? (
        <p className="muted">{sharerIsMe ? `No replies yet. ${partnerName} will see this when they look.` : "Nothing here yet — you could be the first to respond."}</p>
      ) : null}
      {replies && replies.length > 0 ? (
        <ol className="replies">
          {replies.map((r) => (
            <li key={r.id} className={r.mine ? "reply reply--mine" : "reply"}>
              <p className="reply__meta">
                <strong>{r.mine ? "You" : r.author.displayName}</strong> · <time dateTime={r.createdAt}>{dateTime(r.createdAt)}</time>
              </p>
              <p className="reply__body">{r.body}</p>
              {sharerIsMe && !r.mine ? <FeedbackAsker reply={r} onChange={replace} /> : null}
              {!sharerIsMe && r.mine ? <FeedbackReceived reply={r} sharerName={sharerName} /> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {/* On my own share there is nothing to answer until my partner has said something. */}
      {!sharerIsMe || replies?.some((r) => !r.mine) ? (
        <Composer
          share={share}
          partnerName={partnerName}
          partnerNotes={partnerNotes ?? rankedNotes}
          coach={!sharerIsMe}
          label={sharerIsMe ? `Add something for ${partnerName}` : `Your reply to ${partnerName}`}
          onSend={async (body) => {
            const created = await sendReply(target, body);
            setReplies((list) => [...(list ?? []), created]);
          }}
        />
      ) : null}
    </section>
  );
}
