import type { CheckinView } from "@attune/shared";
import { useEffect, useState } from "react";
import { asFailure } from "../../api/client.ts";
import { Link, navigate } from "../../router.tsx";
import { useMe, useSession } from "../../session/session.tsx";
import { Notice } from "../../ui/notice.tsx";
import { Page } from "../../ui/page.tsx";
import { fetchCheckin } from "../api.ts";
import { dayLabel } from "../day.ts";
import "../loop.css";
import { CheckinForm } from "./checkin-form.tsx";

/** /checkins/:id/edit — change one of my check-ins, any day. */
export function EditCheckinPage({ id }: { id: string }) {
  const me = useMe();
  const { setFlash } = useSession();
  const [checkin, setCheckin] = useState<CheckinView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchCheckin(id).then(
      (c) => (c.mine ? setCheckin(c) : setError("Only the person who wrote a check-in can change it.")),
      (e: unknown) => setError(asFailure(e).message),
    );
  }, [id]);
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
