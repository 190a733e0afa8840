import { useQueryClient } from "@tanstack/react-query";
import { LOOP_AREAS } from "../../data/keys.ts";
import { asFailure } from "../../api/client.ts";
import { Link, navigate } from "../../router.tsx";
import { useMe, useSession } from "../../session/session.tsx";
import { Notice } from "../../ui/notice.tsx";
import { Page } from "../../ui/page.tsx";
import { useCheckin } from "../timeline/use-checkin.ts";
import { dayLabel } from "../day.ts";
import "../loop.css";
import { CheckinForm } from "./checkin-form.tsx";

/** /checkins/:id/edit — change one of my check-ins, any day. */
export function EditCheckinPage({ id }: { id: string }) {
  const me = useMe();
  const { setFlash } = useSession();
  const client = useQueryClient();
  const query = useCheckin(id);
  const theirs = query.data && !query.data.mine;
  const checkin = query.data?.mine ? query.data : null;
  const error = theirs ? "Only the person who wrote a check-in can change it." : query.error ? asFailure(query.error).message : null;
  return (
    <Page title={checkin ? `Change your check-in · ${dayLabel(checkin.day)}` : "Change your check-in"}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!checkin && !error ? <p className="loading">Opening…</p> : null}
      {checkin ? (
        <section className="card" aria-label="Your check-in">
          <CheckinForm
            mode={{ kind: "edit", checkin }}
            partnerName={me.couple?.partner.displayName ?? null}
            onSaved={(c) => {
              for (const queryKey of LOOP_AREAS) void client.invalidateQueries({ queryKey });
              setFlash({ path: `/checkins/${c.id}`, message: "Saved." });
              navigate(`/checkins/${c.id}`);
            }}
          />
        </section>
      ) : null}
      <p className="loop-links">
        <Link to="/history">Your past check-ins</Link>
      </p>
    </Page>
  );
}
