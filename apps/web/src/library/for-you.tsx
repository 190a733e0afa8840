import { libraryItemById, type LibraryItem } from "@attune/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { keys } from "../data/keys.ts";
import { Button } from "../ui/button.tsx";
import { fetchRecommendations, type RecommendationList } from "./api.ts";
import { ItemCard } from "./item-card.tsx";
import type { LibraryStore } from "./use-library-state.ts";

const FIRST = 3;

/** The picks with their items; one no longer in the library is left out. */
const withItems = (list: RecommendationList): { item: LibraryItem; why: string }[] =>
  list.flatMap((r) => {
    const item = libraryItemById(r.itemId);
    return item ? [{ item, why: r.why }] : [];
  });

/** "For you": the server's picks from my check-ins, test results and what I did, each with its why. */
export function ForYou({ store }: { store: LibraryStore }) {
  const query = useQuery({ queryKey: keys.recommendations, queryFn: fetchRecommendations, select: withItems });
  const picks = query.data ?? null;
  const error = query.error;
  const [all, setAll] = useState(false);

  const shown = picks && !all ? picks.slice(0, FIRST) : picks;
  return (
    <section className="stack" aria-labelledby="lib-for-you">
      <h2 id="lib-for-you">For you</h2>
      {error ? <p className="muted">We couldn't pick suggestions just now. The whole library is below.</p> : null}
      {!picks && !error ? <p className="loading">Choosing a few for you…</p> : null}
      {shown && shown.length > 0 ? (
        <ul className="lib-list lib-list--grid">
          {shown.map(({ item, why }) => (
            <ItemCard
              key={item.id}
              item={item}
              why={why}
              favourite={store.isFavourite(item.id)}
              onToggleFavourite={() => void store.toggleFavourite(item.id, item.title)}
            />
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
