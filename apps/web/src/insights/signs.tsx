import type { InsightSignId, SignView } from "@attune/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "../router.tsx";
import { keys } from "../data/keys.ts";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { asFailure } from "../api/client.ts";
import { setMuted } from "./api.ts";

const SIGN_NAMES: Record<InsightSignId, string> = {
  distance: "More space between you",
  loneliness: "Feeling low and less heard",
  harshness: "Guarded replies",
  imbalance: "One-sided sharing",
};

function useMute() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ sign, muted }: { sign: InsightSignId; muted: boolean }) => setMuted(sign, muted),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.insights }),
  });
}

/** The signs that concern me, gently: why, what might help, and a way to stop seeing one. */
export function Signs({ signs, muted }: { signs: readonly SignView[]; muted: readonly InsightSignId[] }) {
  const mute = useMute();
  return (
    <section className="ins-section" aria-labelledby="ins-signs">
      <h2 id="ins-signs">Worth a gentle look</h2>
      {signs.length === 0 ? <p>Nothing stands out right now. These notes only appear after a pattern has lasted for days, never from one day.</p> : null}
      <ul className="ins-signs">
        {signs.map((s) => (
          <li key={s.id} className="ins-sign">
            <h3>{s.title}</h3>
            <p>{s.message}</p>
            <details>
              <summary>Why you're seeing this</summary>
              <ul>
                {s.why.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
              <p className="ins-muted-text">Only you see this note. It's based on your check-ins and replies since {s.since}.</p>
            </details>
            {s.practices.length ? (
              <>
                <p className="ins-sign__label">Something you could try:</p>
                <ul className="ins-practices">
                  {s.practices.map((p) => (
                    <li key={p.id}>
                      <Link to={`/library/${p.id}`}>{p.title}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {s.therapy ? <p className="ins-therapy">{s.therapy}</p> : null}
            <Button variant="secondary" busy={mute.isPending && mute.variables?.sign === s.id} onClick={() => mute.mutate({ sign: s.id, muted: true })}>
              Don't show this again
            </Button>
          </li>
        ))}
      </ul>
      {muted.length ? (
        <div className="ins-muted">
          <p>Notes you chose not to see:</p>
          <ul>
            {muted.map((m) => (
              <li key={m}>
                {SIGN_NAMES[m]}{" "}
                <Button variant="secondary" busy={mute.isPending && mute.variables?.sign === m} onClick={() => mute.mutate({ sign: m, muted: false })}>
                  Show again
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Notice tone="error">{mute.error ? asFailure(mute.error).message : null}</Notice>
    </section>
  );
}
