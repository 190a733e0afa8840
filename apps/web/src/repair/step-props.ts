import type { Person } from "@attune/shared";
import type { RepairView } from "./api.ts";
import type { RepairStore } from "./use-repair.ts";

/** What every step screen gets: the repair, who acts on this screen now, and how to act. */
export interface StepProps {
  view: RepairView;
  actor: Person;
  act: RepairStore["act"];
}
