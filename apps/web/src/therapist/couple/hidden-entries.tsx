import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { keys } from "../../data/keys.ts";
import { Button } from "../../ui/button.tsx";
import { longDate } from "../../ui/format.ts";
import { ErrorNotice, LoadError } from "../../ui/load-error.tsx";
import { excludeEntry, grantExclusions, includeEntry, type ExcludableKind } from "../api.ts";

const KIND_TEXT: Record<ExcludableKind, string> = {
  checkin: "A check-in",
  daily_answer: "A daily answer",
  repair: "A repair",
  readiness_result: "A Readiness result",
};

/** Hiding single entries from the therapist after the fact, and showing them again. */
export function useExclusions(grantId: string) {
  const client = useQueryClient();
  const list = useQuery({ queryKey: keys.therapistGrant(grantId, "exclusions"), queryFn: () => grantExclusions(grantId) });
  const after = () => client.invalidateQueries({ queryKey: ["therapist", "grant", grantId] });
  const hide = useMutation({ mutationFn: (e: { kind: ExcludableKind; entryId: string }) => excludeEntry(grantId, e.kind, e.entryId), onSuccess: after });
  const show = useMutation({ mutationFn: (e: { kind: ExcludableKind; entryId: string }) => includeEntry(grantId, e.kind, e.entryId), onSuccess: after });
  return { list, hide, show };
}

export function HideButton({
  exclusions,
  kind,
  entryId,
  what,
}: {
  exclusions: ReturnType<typeof useExclusions>;
  kind: ExcludableKind;
  entryId: string;
  what: string;
}) {
  const busy = exclusions.hide.isPending && exclusions.hide.variables?.entryId === entryId;
  return (
    <Button
      variant="quiet"
      className="th-hide no-print"
      busy={busy}
      busyLabel="Hiding…"
      aria-label={`Hide from therapist: ${what}`}
      onClick={() => exclusions.hide.mutate({ kind, entryId })}
    >
      Hide from therapist
    </Button>
  );
}

export function HiddenEntries({ exclusions }: { exclusions: ReturnType<typeof useExclusions> }) {
  const { list, show } = exclusions;
  return (
    <section className="card stack no-print" aria-labelledby="th-hidden-title">
      <h2 id="th-hidden-title">Hidden from your therapist</h2>
      <ErrorNotice error={exclusions.hide.error ?? show.error} />
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data?.length === 0 ? <p className="muted">Nothing hidden. Use "Hide from therapist" on any entry above.</p> : null}
      <ul className="th-hidden">
        {list.data?.map((e) => (
          <li key={`${e.kind}-${e.entryId}`}>
            {KIND_TEXT[e.kind]}, hidden by {e.byMe ? "you" : "your partner"} on {longDate(e.at)}{" "}
            <Button variant="quiet" onClick={() => show.mutate({ kind: e.kind, entryId: e.entryId })}>
              Show it again
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
