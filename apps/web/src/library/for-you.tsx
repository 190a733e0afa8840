import { libraryItemById, type LibraryItem } from "@attune/shared";
import { useEffect, useState } from "react";
import { asFailure } from "../api/client.ts";
import { Button } from "../ui/button.tsx";
import { fetchRecommendations } from "./api.ts";
import { ItemCard } from "./item-card.tsx";
import type { LibraryStore } from "./use-library-state.ts";

const FIRST = 3;

/** "For you": the server's picks from my check-ins, test results and what I did, each with its why. */
export function ForYou({ store }: { store: LibraryStore }) {
  const [picks, setPicks] = useState<{ item: LibraryItem; why: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [all, setAll] = useState(false);

  useEffect(() => {
    let live = true;
    fetchRecommendations()
      .then((list) => {
        if (!live) return;
        setPicks(list.flatMap((r) => {
          const item = libraryItemById(r.itemId);
          return item ? [{ item, why: r.why }] : [];
        }));
      })
      .catch((e: unknown) => live && setError(asFailure(e).message));
    return () => {
      live = false;
    };
  }, []);

  const shown = picks && !all ? picks.slice(0, FIRST) : picks;
  return (
    <section className="stack" aria-labelledby="lib-for-you">
      <h2 id="lib-for-you">For you</h2>
      {error ? <p className="muted">We couldn't pick suggestions just now. The whole library is below.</p> : null}
      {!picks && !error ? <p className="loading">Choosing a few for you…</p> : null}
      {shown && shown.length > 0 ? (
        <ul className="lib-list lib-list--grid">
          {shown.map(({ item, why }) => (
            <ItemCard key={item.id} item={item} why={why} favourite={store.isFavourite(item.id)} onToggleFavourite={() => void store.toggleFavourite(item.id, item.title)} />
          ))}
        </ul>
      ) : null}
      {picks && picks.length > FIRST && !all ? (
        <p>
          <Button variant="quiet" onClick={() => setAll(true)}>
            Show {picks.length - FIRST} more suggestions
          </Button>
        </p>
      ) : null}
    </section>
  );
}
