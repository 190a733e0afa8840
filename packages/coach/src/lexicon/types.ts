/** The shape of a reply pattern (data) read by `rules/scan.ts` (algorithm). */
export interface PatternSpec {
  /** global regular expression over the normalised sentence */
  re: RegExp;
  /** how far the finding's span reaches: the match, its clause (default) or its sentence */
  span?: "match" | "clause" | "sentence";
  /** the pattern carries its own negation ("it's not silly"): don't drop it when negated */
  negationOk?: boolean;
  /** only in a sentence that asks something (contains "?") */
  question?: boolean;
  /** never in a sentence that asks something ("what's worrying you?" asks, it doesn't name) */
  notQuestion?: boolean;
  /** a label the rules use to resolve conflicts ("imperative", "taskCare", "generic") */
  tag?: string;
  /** a more specific one-line reason than the id's default */
  why?: string;
  /**
   * The cue is narrow and never wrong on the writers' cases: its finding stands even where the reply model
   * is unsure of the label (a judge's zero the model let through again after a refit, coach 10.5).
   */
  sure?: boolean;
}
