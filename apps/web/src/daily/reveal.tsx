import type { DailyQuestionView } from "@attune/shared";
import { useEffect, useRef } from "react";
import { ReplyThread } from "../loop/replies/reply-thread.tsx";

type Answer = NonNullable<DailyQuestionView["myAnswer"]>;

/**
 * Both answers, side by side, opening like two cards turned over at once. The motion
 * lives in CSS under prefers-reduced-motion: no-preference; everyone else sees them
 * simply appear. Focus moves to the reveal when it happens live, so it is not missed.
 */
export function Reveal({ mine, theirs, myName, partnerName, live }: { mine: Answer; theirs: Answer; myName: string; partnerName: string; live: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (live) heading.current?.focus();
  }, [live]);
  return (
    <section className="reveal" aria-labelledby="reveal-title">
      <h2 id="reveal-title" ref={heading} tabIndex={-1} className="reveal__title">
        <span aria-hidden="true">✦ </span>You both answered
      </h2>
      <div className="reveal__pair">
        <article className="reveal__card reveal__card--theirs" aria-label={`${partnerName}'s answer`}>
          <h3>{partnerName}</h3>
          <p className="reveal__text">{theirs.text}</p>
        </article>
        <article className="reveal__card reveal__card--mine" aria-label="Your answer">
          <h3>You</h3>
          <p className="reveal__text">{mine.text}</p>
        </article>
      </div>
      <ReplyThread
        target={{ kind: "answer", id: theirs.id }}
        share={theirs.text}
        sharerIsMe={false}
        sharerName={partnerName}
        partnerName={partnerName}
        title={`Respond to ${partnerName}`}
      />
      <ReplyThread
        target={{ kind: "answer", id: mine.id }}
        share={mine.text}
        sharerIsMe
        sharerName={myName}
        partnerName={partnerName}
        title="About your answer"
      />
    </section>
  );
}
