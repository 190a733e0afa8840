import { libraryItemById, needsSafetyCheck } from "@attune/shared";
import { SafetyGate } from "../safety/safety-gate.tsx";
import type { ReactNode } from "react";
import { Link } from "../router.tsx";
import { useMe } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { longDate } from "../ui/format.ts";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { FavouriteButton } from "./favourite-button.tsx";
import { ItemTags } from "./item-tags.tsx";
import "./library.css";
import { TryStatus } from "./try-status.tsx";
import { useLibraryState } from "./use-library-state.ts";

/** /library/:id: one practice with its steps, and what I can do with it. */
export function LibraryItemPage({ id }: { id: string }) {
  const me = useMe();
  const store = useLibraryState();
  const item = libraryItemById(id);
  if (!item) {
    return (
      <Page title="We couldn't find that practice">
        <p>
          It may have moved. <Link to="/library">Back to the library</Link>
        </p>
      </Page>
    );
  }
  const partnerName = me.couple?.partner.displayName ?? null;
  const done = store.doneAt(item.id);
  // The newest invitation for this item (open first), if any.
  const tries = store.state?.tries.filter((t) => t.itemId === item.id) ?? [];
  const current = tries.find((t) => !t.completedAt) ?? tries[0];
  const stepsLabel = item.kind === "repair_script" ? "Lines to borrow" : "Steps";
  // Conflict and vulnerability work starts with the same private check as guided repair.
  const Gate = needsSafetyCheck(item) ? SafetyGate : Ungated;

  return (
    <Page title={item.title} lead={item.summary}>
      <p>
        <Link to="/library">← Back to the library</Link>
      </p>
      {store.error ? <Notice tone="error">{store.error}</Notice> : null}
      <Notice tone="success">{store.news}</Notice>
      <ItemTags item={item} />
      <Gate key={item.id}>
        {item.steps ? (
          <section className="card stack" aria-labelledby="lib-steps">
            <h2 id="lib-steps">{stepsLabel}</h2>
            <ol className="lib-steps">
              {item.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </section>
        ) : null}
        <section className="card stack" aria-label="Your practice">
          <div className="actions">
            <FavouriteButton title={item.title} on={store.isFavourite(item.id)} onToggle={() => void store.toggleFavourite(item.id, item.title)} />
            <Button variant="secondary" onClick={() => void store.markDone(item.id)} disabled={!store.state}>
              I did this
            </Button>
          </div>
          {done ? <p className="muted">You last did this on {longDate(done)}.</p> : null}
          {partnerName && item.for === "two" ? (
            <div className="stack lib-together">
              <h2>Try this together</h2>
              {current ? <TryStatus t={current} partnerName={partnerName} onDone={() => void store.markTryDone(current.id)} /> : null}
              {!current || current.completedAt ? (
                <>
                  <p className="muted">Invite {partnerName}: it appears in their Together list, and each of you marks it done afterwards.</p>
                  <div className="actions">
                    <Button onClick={() => void store.invite(item.id)} disabled={!store.state}>
                      {current ? "Try it together again" : "Try this together"}
                    </Button>
                  </div>
                </>
              ) : null}
            </div>
          ) : null}
          {!partnerName && item.for === "two" ? (
            <p className="muted">
              This one is for the two of you. <Link to="/partner">Link with your partner</Link> to invite them to try it together.
            </p>
          ) : null}
        </section>
      </Gate>
    </Page>
  );
}

function Ungated({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
