import type { Analysis } from "@attune/coach";
import { useEffect, useId, useRef, useState } from "react";
import { feelingsOf, findingLabel } from "./summary.ts";
import type { OfferKind } from "./use-draft.ts";

export interface CoachSummaryBarProps {
  share: Analysis | null;
  reading: { reply: string; analysis: Analysis } | null;
  partnerName: string;
  onUseRewrite(text: string, kind: OfferKind): void;
}

/**
 * The coach in one line, pinned with Send above a phone's keyboard while typing (the
 * full panel sits below the form, off screen then). Expands in place to the findings.
 * Hidden on wide screens, where the panel is beside the form. Not a live region: the
 * panel already speaks, calmly, for screen readers.
 */
export function CoachSummaryBar({ share, reading, partnerName, onUseRewrite }: CoachSummaryBarProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  // Opened, the dock grows: bring the whole form into view so it sits below the draft,
  // not over it (the dock is sticky, so Send stays in view either way).
  useEffect(() => {
    if (open) bar.current?.closest("form")?.scrollIntoView({ block: "nearest" });
  }, [open]);
  const analysis = reading?.analysis ?? null;
  const pitfalls = analysis ? [...new Set(analysis.findings.filter((f) => f.kind === "pitfall").map(findingLabel))] : [];
  const moves = analysis ? [...new Set(analysis.findings.filter((f) => f.kind === "move").map(findingLabel))] : [];
  const feelings = feelingsOf(share);
  const line = !analysis
    ? feelings.length > 0
      ? `${partnerName} may be feeling ${feelings.join(", ")}.`
      : "Your coach reads along as you write."
    : pitfalls.length === 0 && moves.length === 0
      ? "Nothing to point out."
      : [
          pitfalls.length > 0 ? `⚠ ${pitfalls.length} might get in the way` : "",
          moves.length > 0 ? `✓ ${moves.length} land${moves.length === 1 ? "s" : ""} warmly` : "",
        ]
          .filter(Boolean)
          .join(" · ");
  const hasMore = pitfalls.length + moves.length > 0 || Boolean(analysis?.rewrite ?? analysis?.starter);
  return (
    <div className="coach-bar" ref={bar}>
      <div className="coach-bar__row">
        <p className="coach-bar__line">
          <span className="coach-bar__who">Coach:</span> {line}
        </p>
        {hasMore ? (
          <button type="button" className="coach-bar__toggle" aria-expanded={open} aria-controls={`${id}-more`} onClick={() => setOpen((o) => !o)}>
            {open ? "Less" : "More"}
            <span className="visually-hidden"> from the coach</span>
          </button>
        ) : null}
      </div>
      <div id={`${id}-more`} className="coach-bar__more" hidden={!open || !hasMore}>
        {pitfalls.length > 0 ? <p>Might get in the way: {pitfalls.join(", ")}.</p> : null}
        {moves.length > 0 ? <p>Lands warmly: {moves.join(", ")}.</p> : null}
        {analysis?.rewrite ? (
          <button type="button" className="button button--secondary" onClick={() => onUseRewrite(analysis.rewrite ?? "", "rewrite")}>
            Use your words, trimmed
          </button>
        ) : analysis?.starter ? (
          <button type="button" className="button button--secondary" onClick={() => onUseRewrite(analysis.starter ?? "", "starter")}>
            Start from the coach's line
          </button>
        ) : null}
      </div>
    </div>
  );
}
