/** Sets of move ids the rewrite stage reads, in one place. */

/** Moves by which kept words of theirs already meet what the sharer brought: no line of ours on top. */
export const MEETS: ReadonlySet<string> = new Set(["validation", "naming_feeling", "level_two", "shared_joy", "warmth", "empathic_apology"]);

/** …and presence: their words alone may stand as the offered rewrite when one of these is in them (coach 10). */
export const MEETING_MOVES: ReadonlySet<string> = new Set([...MEETS, "presence"]);
