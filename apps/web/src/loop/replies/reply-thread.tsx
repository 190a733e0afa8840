import { usePartnerNotes } from "../../partner-map/use-partner-notes.ts";
import { dateTime } from "../../ui/format.ts";
import { LoadError } from "../../ui/load-error.tsx";
import { sendReply, type ReplyTarget } from "../api.ts";
import { Composer } from "../coach/composer.tsx";
import { FeedbackAsker, FeedbackReceived } from "./feedback.tsx";
import { useReplies } from "./use-replies.ts";

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
  // Level Two memory: only when answering my partner, never on my own share.
  const rankedNotes = usePartnerNotes(sharerIsMe || partnerNotes ? null : share);

  const { query, replace, add } = useReplies(target);
  const replies = query.data ?? null;
  const error = query.error;

  return (
    <section className="thread" aria-label={title}>
      <h2 className="thread__title">{title}</h2>
      {error ? <LoadError error={error} onRetry={() => void query.refetch()} /> : null}
      {replies === null && !error ? <p className="loading">Opening the conversation…</p> : null}
      {replies && replies.length === 0 ? (
        <p className="muted">
          {sharerIsMe ? `No replies yet. ${partnerName} will see this when they look.` : "Nothing here yet — you could be the first to respond."}
        </p>
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
          onSend={async (body) => add(await sendReply(target, body))}
        />
      ) : null}
    </section>
  );
}
