import { analyze, type Analysis } from "@attune/coach";
import { useEffect, useState } from "react";

export interface CoachReading {
  /** the draft this reading belongs to (its spans index into it) */
  reply: string;
  analysis: Analysis;
}

/**
 * Runs the coach in the browser a moment after the person stops typing. Nothing leaves
 * the page. A coach failure yields no reading rather than an error: the coach is a
 * companion, and the composer works without it.
 */
export function useCoach(share: string, reply: string, partnerNotes: readonly string[], delayMs = 150): CoachReading | null {
  const [reading, setReading] = useState<CoachReading | null>(null);
  const notesKey = partnerNotes.join("\u0000");
  useEffect(() => {
    if (reply.trim() === "") {
      setReading(null);
      return;
    }
    const timer = window.setTimeout(() => {
      try {
        setReading({ reply, analysis: analyze({ share, reply, partnerNotes: notesKey === "" ? [] : notesKey.split("\u0000") }) });
      } catch {
        setReading(null);
      }
    }, delayMs);
    return () => window.clearTimeout(timer);
    // The notes are compared by content (notesKey), not by the array's identity.
  }, [share, reply, notesKey, delayMs]);
  return reading;
}

/** The share's feelings, read once per share (no reply needed). */
export function useShareReading(share: string): Analysis | null {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  useEffect(() => {
    try {
      setAnalysis(share.trim() ? analyze({ share }) : null);
    } catch {
      setAnalysis(null);
    }
  }, [share]);
  return analysis;
}
