import { libraryItemById } from "@attune/shared";
import { Link } from "../router.tsx";
import type { TryView } from "./api.ts";
import { TryStatus } from "./try-status.tsx";

/** Practices one of us invited the other to try: open ones first, then the last few done. */
export function TogetherList({ tries, partnerName, onDone }: { tries: readonly TryView[]; partnerName: string; onDone(tryId: string): void }) {
  const open = tries.filter((t) => !t.completedAt);
  const done = tries.filter((t) => t.completedAt).slice(0, 3);
  const shown = [...open, ...done];
  return (
    <section className="stack" aria-labelledby="lib-together">
      <h2 id="lib-together">Together</h2>
      {shown.length === 0 ? (
        <p className="muted">When you or {partnerName} pick something to try together, it shows up here for both of you.</p>
      ) : (
        <ul className="lib-list">
          {shown.map((t) => {
            const item = libraryItemById(t.itemId);
            return (
              <li key={t.id} className="card lib-card">
                <h3 className="lib-card__title">
                  <Link to={`/library/${t.itemId}`}>{item?.title ?? "A practice that's no longer in the library"}</Link>
                </h3>
                <TryStatus t={t} partnerName={partnerName} onDone={() => onDone(t.id)} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
