import { STEP_TEXTS } from "@attune/shared";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "../ui/button.tsx";
import { TextAreaField } from "../ui/text-area-field.tsx";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { useAction } from "./use-repair.ts";
import { Notice } from "../ui/notice.tsx";

/**
 * One small agreement: either suggests it, the other accepts it or suggests different
 * wording (which replaces the first). On one screen, "accept" is the other person's.
 */
export function AgreementStep({ view, act }: Omit<StepProps, "actor">) {
  const { busy, error, run } = useAction(act);
  const proposal = view.state.agreement;
  const accepter = proposal ? (proposal.proposedBy === "a" ? "b" : "a") : null;
  const canAccept = accepter !== null && (view.mode === "together" || accepter === view.me);
  const mineWaiting = proposal !== null && view.mode === "apart" && proposal.proposedBy === view.me;
  return (
    <section className="card stack" aria-labelledby="rp-step">
      <StepIntro text={STEP_TEXTS.agreement} headingId="rp-step" />
      {proposal ? (
        <div className="stack rp-proposal">
          <p className="rp-quote">
            <span className="rp-quote__who">
              {proposal.proposedBy === view.me && view.mode === "apart" ? "You suggested" : `${view.names[proposal.proposedBy]} suggested`}:
            </span>{" "}
            {proposal.text}
          </p>
          {canAccept && accepter ? (
            <div className="actions">
              <Button busy={busy} onClick={() => void run({ type: "accept_agreement", by: accepter })}>
                {view.mode === "together" ? `${view.names[accepter]}: I agree` : "I agree to this"}
              </Button>
            </div>
          ) : null}
          {mineWaiting ? (
            <p role="status" className="rp-waiting">
              Waiting for {view.names[view.me === "a" ? "b" : "a"]} to agree, or to suggest different wording.
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Propose
        key={proposal?.text ?? ""}
        label={proposal ? "Or suggest different wording" : "Our agreement for next time"}
        busy={busy}
        onSend={(text) => void run({ type: "propose_agreement", by: view.mode === "together" && accepter ? accepter : view.me, text })}
      />
    </section>
  );
}

function Propose({ label, busy, onSend }: { label: string; busy: boolean; onSend(text: string): void }) {
  const [text, setText] = useState("");
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === "") {
      setEmpty(true);
      ref.current?.focus();
      return;
    }
    onSend(text);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextAreaField
        label={label}
        value={text}
        onValue={(v) => {
          setText(v);
          setEmpty(false);
        }}
        error={empty ? "Write a few words first." : undefined}
        inputRef={ref}
        maxLength={500}
        showCount
        rows={2}
      />
      <div className="actions">
        <Button type="submit" variant="secondary" busy={busy}>
          Suggest this
        </Button>
      </div>
    </form>
  );
}
