import type { Side } from "@attune/shared";

/** The reflections so far, each with the teller's "not quite" note when there was one. */
export function Attempts({ side, listener, teller }: { side: Side; listener: string; teller: string }) {
  if (side.reflections.length === 0) return null;
  return (
    <ol className="rp-attempts" aria-label="Reflections so far">
      {side.reflections.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: reflections are only ever appended, and the same words may come twice.
        <li key={i}>
          <p>
            <span className="rp-attempts__who">{listener}:</span> {r}
          </p>
          {i < side.clarifications.length ? (
            <p className="rp-attempts__clarify">
              <span className="rp-attempts__who">{teller}, not quite:</span> {side.clarifications[i] || "(no words added)"}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
