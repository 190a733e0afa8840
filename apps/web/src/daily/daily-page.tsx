import { useState } from "react";
import { Link } from "../router.tsx";
import { useMe } from "../session/session.tsx";
import { LoadError } from "../ui/load-error.tsx";
import { Page } from "../ui/page.tsx";
import { localDay } from "../loop/day.ts";
import "../loop/loop.css";
import { AnswerForm } from "./answer-form.tsx";
import "./daily.css";
import { Reveal } from "./reveal.tsx";
import { TodaysChoices } from "./todays-choices.tsx";
import { useDaily } from "./use-daily.ts";

const DEPTH_WORDS: Record<string, string> = { light: "A light one", medium: "A little deeper", deep: "A deep one" };

/** /daily: one question for the two of us; each answers privately; both see both once both have. */
export function DailyPage() {
  const me = useMe();
  const partner = me.couple?.partner.displayName ?? "your partner";
  const [day] = useState(localDay);
  const { query, revealedLive, answer, replace } = useDaily(day);
  const state = query.data ?? null;
  const error = query.error;

  return (
    <Page title="Today's question" lead="One question for the two of you. Answer on your own; read each other's together.">
      {error ? <LoadError error={error} onRetry={() => void query.refetch()} /> : null}
      {!state && !error ? <p className="loading">Finding today's question…</p> : null}
      {state ? (
        <div className="daily stack">
          <section className="card daily__question" aria-labelledby="dq-text">
            <p className="daily__depth">{DEPTH_WORDS[state.question.depth] ?? "Today's question"}</p>
            <h2 id="dq-text" className="daily__text">
              {state.question.text}
            </h2>
          </section>
          <TodaysChoices state={state} partnerName={partner} onChange={replace} />
          {!state.linked ? (
            <p>
              The daily question is for two. <Link to="/partner">Link with your partner</Link> to start.
            </p>
          ) : !state.myAnswer ? (
            <section className="card" aria-label="Answer today's question">
              <AnswerForm partnerName={partner} partnerAnswered={state.partnerAnswered} onAnswer={answer} />
            </section>
          ) : !state.revealed || !state.partnerAnswer ? (
            <section className="card daily__waiting" aria-labelledby="dq-waiting">
              <h2 id="dq-waiting">
                <span aria-hidden="true" className="daily__seal">
                  ✉
                </span>{" "}
                Waiting for {partner}
              </h2>
              <p>Your answer is sealed. When {partner} answers, you'll both see both — right here, no need to reload.</p>
              <details className="details">
                <summary>Read your answer again</summary>
                <p className="reveal__text">{state.myAnswer.text}</p>
              </details>
            </section>
          ) : (
            <Reveal mine={state.myAnswer} theirs={state.partnerAnswer} myName={me.user.displayName} partnerName={partner} live={revealedLive} />
          )}
          <p role="status" className="loop-sr-only">
            {state.revealed ? "Both answers are open." : state.myAnswer ? `Waiting for ${partner}.` : ""}
          </p>
        </div>
      ) : null}
    </Page>
  );
}
