import type { PartnerEventType } from "@attune/shared";

/**
 * Something happened in a couple that the partner's open app should know about. Events
 * carry ids only, never text: clients fetch what changed through authorized routes.
 */
export interface CoupleEvent {
  coupleId: string;
  /**
   * "couple": the couple ended (one partner unlinked); `id` is the couple's.
   * "resync": the bus itself may have missed events (its connection dropped and came
   * back); open apps should look again. Not published by the domain.
   * "sessions": some of a person's sessions ended (published on `personChannel`, not a
   * couple's): their open streams check that their own session still stands.
   * "therapist-grant": a grant with a therapist changed (issue 16); published on the couple's
   * channel and on the therapist's `personChannel`.
   */
  type: PartnerEventType | "resync" | "sessions" | "therapist-grant";
  id: string;
  actorId: string;
}

/** The bus key for events about one person rather than a couple (their sessions). */
export const personChannel = (userId: string): string => `person:${userId}`;

export interface EventBus {
  /**
   * Best effort, never throws: the change it announces is already saved, so a lost
   * announcement must not fail the person's request (the partner sees it on the next look).
   */
  publish(event: CoupleEvent): Promise<void>;
  /** Calls `listener` for each event of the couple, from any server instance. Returns unsubscribe. */
  subscribe(coupleId: string, listener: (event: CoupleEvent) => void): () => void;
  /**
   * Calls `listener` for every couple's events (not "resync"), from any instance: on
   * PostgreSQL every instance hears each event, so a listener that acts on it (a push
   * notification) must claim the work in the database. Returns unsubscribe.
   */
  subscribeAll(listener: (event: CoupleEvent) => void): () => void;
  close(): Promise<void>;
}

/** Local fan-out by couple, shared by both bus implementations. */
export class Subscribers {
  private readonly byCouple = new Map<string, Set<(event: CoupleEvent) => void>>();
  private readonly everyCouple = new Set<(event: CoupleEvent) => void>();

  addAll(listener: (event: CoupleEvent) => void): () => void {
    this.everyCouple.add(listener);
    return () => this.everyCouple.delete(listener);
  }

  add(coupleId: string, listener: (event: CoupleEvent) => void): () => void {
    const set = this.byCouple.get(coupleId) ?? new Set();
    this.byCouple.set(coupleId, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byCouple.delete(coupleId);
    };
  }

  /** Tells every local subscriber to look again (see "resync"). */
  resyncAll(): void {
    for (const coupleId of [...this.byCouple.keys()]) this.dispatch({ coupleId, type: "resync", id: "", actorId: "" });
  }

  dispatch(event: CoupleEvent): void {
    const all = event.type === "resync" ? [] : [...this.everyCouple];
    for (const listener of [...(this.byCouple.get(event.coupleId) ?? []), ...all]) {
      try {
        listener(event);
      } catch {
        // one broken stream must not stop the others
      }
    }
  }
}
