// All of our own labelled cases, gathered from the theme files.
import { apologyCases } from "./apology.ts";
import { conflictCases } from "./conflict.ts";
import { fixingCases } from "./fixing.ts";
import { hardNegativeCases } from "./hard-negatives.ts";
import { holdoutCases } from "./holdout.ts";
import { levelOneCases } from "./level-one.ts";
import { levelTwoCases } from "./level-two.ts";
import { minimizingCases } from "./minimizing.ts";
import { mixedCases } from "./mixed.ts";
import { presenceJoyCases } from "./presence-joy.ts";
import { questionCases } from "./questions.ts";
import { shareCases } from "./shares.ts";
import { spotlightCases } from "./spotlight.ts";
import type { CoachCase } from "./types.ts";
import { understandSympathyCases } from "./understand-sympathy.ts";

export type { CaseExpect, CoachCase } from "./types.ts";

/** The cases the rules are written and tuned against. */
export const ALL_CASES: readonly CoachCase[] = [
  ...fixingCases,
  ...minimizingCases,
  ...understandSympathyCases,
  ...spotlightCases,
  ...conflictCases,
  ...questionCases,
  ...levelOneCases,
  ...presenceJoyCases,
  ...levelTwoCases,
  ...apologyCases,
  ...mixedCases,
  ...hardNegativeCases,
  ...shareCases,
];

/** Held-out cases in fresh phrasings, written after the rules were tuned: measured, not tuned on. */
export const HOLDOUT_CASES: readonly CoachCase[] = holdoutCases;
