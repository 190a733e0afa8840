import { useState } from "react";
import { navigate } from "../router.tsx";
import { Button } from "../ui/button.tsx";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import type { RepairView } from "./api.ts";
import { useAction, type RepairStore } from "./use-repair.ts";
import { Notice } from "../ui/notice.tsx";

/** While paused: who paused, and how it carries on. Only the one who paused resumes it. */
export function PausedCard({ view, act }: { view: RepairView; act: RepairStore["act"] }) {
  const { busy, error, run } = useAction(act);
  const paused = view.state.paused;
  if (!paused) return null;
  const canResume = view.mode === "together" || paused.by === view.me;
  const who = view.mode === "apart" && paused.by === view.me ? "You" : view.names[paused.by];
  return (
    <section className="card stack rp-paused" aria-labelledby="rp-step">
      <h2 id="rp-step" tabIndex={-1}>
        Paused
      </h2>
      <p>
        {who} paused the conversation. Take the time you need: a walk, a glass of water, some quiet. Everything you've written is kept, and you can pick up at
        this exact step, on this device or another.
      </p>
      {canResume ? null : <p role="status">It will carry on when {view.names[paused.by]} is ready. This page updates on its own.</p>}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {canResume ? (
        <div className="actions">
          <Button busy={busy} onClick={() => void run({ type: "resume", by: paused.by })}>
            We're ready: carry on
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/** Pause (leave and come back) and end, under every open step. */
export function FlowControls({ view, act }: { view: RepairView; act: RepairStore["act"] }) {
  const pause = useAction(act);
  const end = useAction(act);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="stack rp-controls">
      {pause.error ? <Notice tone="error">{pause.error}</Notice> : null}
      <div className="actions">
        {view.state.paused ? (
          <Button variant="secondary" onClick={() => navigate("/")}>
            Leave for now
          </Button>
        ) : (
          <Button variant="secondary" busy={pause.busy} onClick={() => void pause.run({ type: "pause", by: view.me })}>
            Pause for now
          </Button>
        )}
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          End the conversation
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="End this conversation?"
        confirmLabel="End it"
        cancelLabel="Keep going"
        busy={end.busy}
        error={end.error}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void end.run({ type: "end", by: view.me }).then((ok) => ok && setConfirming(false))}
      >
        <p>That's okay if the moment isn't right. You can start a new guided repair whenever you're both ready. To take a break instead, choose Pause.</p>
      </ConfirmDialog>
    </div>
  );
}
