import type { LibraryItemInput } from "../schema.ts";
import { CELEBRATIONS } from "./celebrations.ts";
import { CLOSENESS_EXERCISES } from "./exercises-closeness.ts";
import { LISTENING_EXERCISES } from "./exercises-listening.ts";
import { REPAIR_SCRIPTS } from "./repair-scripts.ts";
import { STARTERS } from "./starters.ts";
import { GRIEF_AND_ILLNESS_PRACTICES, PARENTING_PRACTICES } from "./themed-family-and-loss.ts";
import { HOUSEHOLD_PRACTICES, LONG_DISTANCE_PRACTICES } from "./themed-home-and-distance.ts";
import { INTIMACY_PRACTICES } from "./themed-intimacy.ts";
import { MONEY_PRACTICES } from "./themed-money.ts";
import { WEEKLY_CHECKIN } from "./weekly-checkin.ts";

/**
 * Every library item as written, before validation. A new item goes into one of the
 * files above; a new file (when one grows past ~500 lines) is added to this list.
 */
export const LIBRARY_ITEM_DATA: readonly LibraryItemInput[] = [
  ...STARTERS,
  ...LISTENING_EXERCISES,
  ...CLOSENESS_EXERCISES,
  ...REPAIR_SCRIPTS,
  ...WEEKLY_CHECKIN,
  ...CELEBRATIONS,
  ...MONEY_PRACTICES,
  ...INTIMACY_PRACTICES,
  ...HOUSEHOLD_PRACTICES,
  ...LONG_DISTANCE_PRACTICES,
  ...PARENTING_PRACTICES,
  ...GRIEF_AND_ILLNESS_PRACTICES,
];
