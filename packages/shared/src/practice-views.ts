import { z } from "zod";
import { PEOPLE, REPAIR_STEPS, repairStateSchema } from "./repair/schema.ts";

/** API views for the library and guided repair (the items and the state machine live beside). */
export const tryView = z.object({
  id: z.string(),
  itemId: z.string(),
  invitedBy: z.object({ id: z.string(), displayName: z.string() }),
  /** true when I sent the invitation */
  mine: z.boolean(),
  createdAt: z.string(),
  myDoneAt: z.string().nullable(),
  partnerDoneAt: z.string().nullable(),
  completedAt: z.string().nullable(),
});
export type TryView = z.infer<typeof tryView>;

export const libraryStateView = z.object({
  favourites: z.array(z.string()),
  done: z.array(z.object({ itemId: z.string(), at: z.string() })),
  tries: z.array(tryView),
});
export type LibraryStateView = z.infer<typeof libraryStateView>;

export const recommendationsView = z.object({ items: z.array(z.object({ itemId: z.string(), why: z.string() })) });
export type RecommendationsView = z.infer<typeof recommendationsView>;

export const libraryItemParams = z.object({ itemId: z.string().max(80) });
export const tryBody = z.object({ itemId: z.string().min(1).max(80) });

export const repairStartBody = z.object({ mode: z.enum(["together", "apart"], { error: "Choose together on one screen, or each on your own device." }) });

export const repairView = z.object({
  id: z.string(),
  mode: z.enum(["together", "apart"]),
  me: z.enum(PEOPLE),
  names: z.object({ a: z.string(), b: z.string() }),
  step: z.enum(REPAIR_STEPS),
  state: repairStateSchema,
  expected: z.array(z.object({ by: z.enum(PEOPLE), types: z.array(z.string()) })),
  /** True only in the answer to the person whose own safety answers raised a concern (never stored). */
  privateHelp: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RepairView = z.infer<typeof repairView>;

/** GET /api/repair/current: the open repair, or none and when one may start. */
export const repairCurrentView = z.object({
  repair: repairView.nullable(),
  /** While a check that did not go ahead holds new starts back: when they may start again. */
  restartAt: z.string().nullable(),
});
export type RepairCurrentView = z.infer<typeof repairCurrentView>;
