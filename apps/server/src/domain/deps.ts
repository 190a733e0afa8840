import type { Store } from "../storage/store.ts";
import type { PasswordHasher } from "./passwords.ts";

/** What domain commands need from the outside world; tests pass real ones. */
export interface DomainDeps {
  store: Store;
  passwords: PasswordHasher;
  /** Current time in epoch milliseconds; injectable so expiry can be tested. */
  now: () => number;
}
