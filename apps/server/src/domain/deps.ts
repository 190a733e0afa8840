import type { PartnerNote } from "@attune/coach";
import type { EventBus } from "../events/bus.ts";
import type { Store } from "../storage/store.ts";
import type { PasswordHasher } from "./passwords.ts";

/** What the server keeps of the coach's reading of a sent reply (never the text itself). */
export interface CoachSummary {
  level: 0 | 1 | 2;
  pitfalls: string[];
  moves: string[];
}

/** Reads a reply against what was shared; the same offline coach the browser runs. */
export type ReplyCoach = (share: string, reply: string, partnerNotes?: readonly PartnerNote[]) => CoachSummary;

/** What domain commands need from the outside world; tests pass real ones. */
export interface DomainDeps {
  store: Store;
  passwords: PasswordHasher;
  events: EventBus;
  coach: ReplyCoach;
  /** Current time in epoch milliseconds; injectable so expiry can be tested. */
  now: () => number;
}
