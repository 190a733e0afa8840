import { STEP_TEXTS } from "@attune/shared";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import type { StepProps } from "./step-props.ts";
import { StepIntro } from "./step-intro.tsx";
import { TextForm } from "./text-form.tsx";
import { useAction } from "./use-repair.ts";

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
      {/* Here the error may come from "I agree" as well, so it stands above both. */}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <TextForm
        action="propose_agreement"
        key={proposal?.text ?? ""}
        label={proposal ? "Or suggest different wording" : "Our agreement for next time"}
        submitLabel="Suggest this"
        submitVariant="secondary"
        maxLength={500}
        rows={2}
        showCount
        busy={busy}
        onSend={(text) => void run({ type: "propose_agreement", by: view.mode === "together" && accepter ? accepter : view.me, text })}
      />
    </section>
  );
}
