import { useCalmAnnouncement } from "../use-calm-announcement.ts";
import { announce } from "./summary.ts";
import { useCoach, useShareReading } from "./use-coach.ts";
import { useDraft, type DraftSchema } from "./use-draft.ts";
import { useRevealDock } from "./use-reveal-dock.ts";

/**
 * The composer's state: the draft and its send, the phone dock, and the coach's readings
 * (none when `coach` is off: no coaching of a reply to yourself).
 */
export function useComposer(
  { share, partnerNotes, coach, onSend }: { share: string; partnerNotes: readonly string[]; coach: boolean; onSend(body: string): Promise<void> },
  schema?: DraftSchema,
) {
  const draft = useDraft(onSend, schema);
  const { dock, revealDock } = useRevealDock();
  const shareReading = useShareReading(coach ? share : "");
  const reading = useCoach(coach ? share : "", coach ? draft.draft : "", partnerNotes);
  // The reading of what is in the field now, for its highlights; the last one meanwhile for the rest.
  const fresh = reading && reading.reply === draft.draft ? reading : null;
  const spoken = useCalmAnnouncement(coach ? announce(reading) : "");
  return { ...draft, dock, revealDock, shareReading, fresh, shown: fresh ?? reading, spoken };
}
