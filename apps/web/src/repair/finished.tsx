import { STEP_TEXTS } from "@attune/shared";
import { Link } from "../router.tsx";
import type { RepairView } from "./api.ts";

/** Done: what the two of them found, to keep. Ended: calm, and the way back in. */
export function Finished({ view }: { view: RepairView }) {
  const s = view.state;
  if (s.step === "ended") {
    const text = STEP_TEXTS.ended;
    return (
      <section className="card stack" aria-labelledby="rp-step">
        <h2 id="rp-step" tabIndex={-1}>
          {text.title}
        </h2>
        <p>{text.intro}</p>
        <ul className="rp-tips">
          {text.tips.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <p>
          <Link to="/repair" className="button button--secondary">
            Start a new guided repair
          </Link>
        </p>
      </section>
    );
  }
  const text = STEP_TEXTS.done;
  const names = view.names;
  return (
    <section className="card stack rp-finished" aria-labelledby="rp-step">
      <h2 id="rp-step" tabIndex={-1}>
        {text.title}
      </h2>
      <p>{text.intro}</p>
      {s.agreement ? (
        <div className="rp-agreement">
          <h3>Your agreement for next time</h3>
          <p>{s.agreement.text}</p>
        </div>
      ) : null}
      <dl className="rp-summary">
        {(["a", "b"] as const).map((p) => (
          <div key={p}>
            <dt>{names[p]}'s part</dt>
            <dd>{s.ownPart[p] ?? "Not named"}</dd>
            <dt>{names[p]}'s apology</dt>
            <dd>{s.apology[p]?.kind === "offered" ? s.apology[p].text : "Passed for now, and that's okay."}</dd>
          </div>
        ))}
      </dl>
      <ul className="rp-tips">
        {text.tips.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p>
        <Link to="/library">Find something light to do together in Practice</Link>
      </p>
    </section>
  );
}
