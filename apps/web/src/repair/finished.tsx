import { STEP_TEXTS } from "@attune/shared";
import type { ReactNode } from "react";
import { Link } from "../router.tsx";
import type { RepairView } from "./api.ts";

/** Done: what the two of them found, to keep. Ended: calm, and the way back in. */
export function Finished({ view }: { view: RepairView }) {
  const s = view.state;
  if (s.step === "ended") {
    return (
      <Closing
        text={STEP_TEXTS.ended}
        next={
          <Link to="/repair" className="button button--secondary">
            Start a new guided repair
          </Link>
        }
      />
    );
  }
  const names = view.names;
  return (
    <Closing text={STEP_TEXTS.done} className="rp-finished" next={<Link to="/library">Find something light to do together in Practice</Link>}>
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
    </Closing>
  );
}

/** A last step's card: its title (which takes focus), intro, what was found, tips, and where to go next. */
function Closing({
  text,
  className,
  next,
  children,
}: {
  text: { title: string; intro: string; tips: readonly string[] };
  className?: string;
  next: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className={className ? `card stack ${className}` : "card stack"} aria-labelledby="rp-step">
      <h2 id="rp-step" tabIndex={-1}>
        {text.title}
      </h2>
      <p>{text.intro}</p>
      {children}
      <ul className="rp-tips">
        {text.tips.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p>{next}</p>
    </section>
  );
}
