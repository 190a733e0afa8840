import type { Analysis } from "@attune/coach";
import { Button } from "../../ui/button.tsx";
import { feelingsOf, findingLabel } from "./summary.ts";
import type { OfferKind } from "./use-draft.ts";

export interface CoachPanelProps {
  /** the share's feelings (available before any reply is written) */
  share: Analysis | null;
  /** the reading of the current draft, null while empty */
  reading: { reply: string; analysis: Analysis } | null;
  partnerName: string;
  partnerNotes: readonly string[];
  /** what the screen reader hears, already slowed down */
  announcement: string;
  onUseRewrite(text: string, kind: OfferKind): void;
}

/** The coach at the composer's side: what they may feel, what the draft does, their words trimmed or a place to start. */
export function CoachPanel({ share, reading, partnerName, partnerNotes, announcement, onUseRewrite }: CoachPanelProps) {
  const feelings = feelingsOf(share);
  const analysis = reading?.analysis ?? null;
  const findings = analysis ? [...analysis.findings].sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind === "pitfall" ? -1 : 1)) : [];
  return (
    <aside className="coach" aria-labelledby="coach-title">
      <h3 id="coach-title" className="coach__title">
        <span aria-hidden="true">❀ </span>Your coach
      </h3>
      {feelings.length > 0 ? (
        <p className="coach__feelings">
          {partnerName} may be feeling: <strong>{feelings.join(", ")}</strong>
        </p>
      ) : null}
      {share?.asksAdvice ? <p className="coach__hint">{partnerName} asked for ideas — after showing you get it, suggestions are welcome.</p> : null}
      {partnerNotes.length > 0 ? (
        <div className="coach__notes">
          <p className="coach__label">From what you know of {partnerName}:</p>
          <ul>
            {partnerNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="loop-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {!analysis ? (
        <p className="coach__idle muted">As you write, I'll point out what lands warmly and what might get in the way. You can always send as you wish.</p>
      ) : findings.length === 0 ? (
        <p className="coach__idle muted">Nothing to point out. Say it your way.</p>
      ) : (
        <ul className="coach__findings" aria-label="What the coach noticed">
          {findings.map((f) => (
            <li key={`${f.kind}-${f.id}-${f.start}`} className={`finding finding--${f.kind}`}>
              <p className="finding__head">
                <span className="finding__icon" aria-hidden="true">
                  {f.kind === "pitfall" ? "⚠" : "✓"}
                </span>
                <span className="finding__kind">{f.kind === "pitfall" ? "Might get in the way:" : "Lands warmly:"}</span> <strong>{findingLabel(f)}</strong>
              </p>
              {reading && f.end > f.start ? <q className={`finding__excerpt hl hl--${f.kind}`}>{reading.reply.slice(f.start, f.end)}</q> : null}
              <p className="finding__why">{f.why}</p>
              {f.suggestion ? (
                <p className="finding__suggestion">
                  <span className="finding__kind">Try:</span> {f.suggestion}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {analysis?.rewrite ? (
        <div className="coach__rewrite">
          <p className="coach__label">Your words, without what might get in the way:</p>
          <blockquote>{analysis.rewrite}</blockquote>
          <Button variant="secondary" onClick={() => onUseRewrite(analysis.rewrite ?? "", "rewrite")}>
            Use this
          </Button>
        </div>
      ) : analysis?.starter ? (
        <div className="coach__rewrite coach__rewrite--starter">
          <p className="coach__label">A place to start — then say it your way:</p>
          <blockquote>{analysis.starter}</blockquote>
          <Button variant="secondary" onClick={() => onUseRewrite(analysis.starter ?? "", "starter")}>
            Start from this
          </Button>
        </div>
      ) : null}
    </aside>
  );
}
