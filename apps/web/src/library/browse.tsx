import { searchLibrary } from "@attune/shared";
import { useDeferredValue, useMemo, useState } from "react";
import { useActiveSets } from "../daily/question-settings.ts";
import { Button } from "../ui/button.tsx";
import { Field } from "../ui/field.tsx";
import { useNarrow } from "../shell/use-narrow.ts";
import { NO_FILTERS, toLibraryFilters, type FilterValues } from "./filter-values.ts";
import { Filters } from "./filters.tsx";
import { ItemCard } from "./item-card.tsx";
import type { LibraryStore } from "./use-library-state.ts";

/** Results per page: fewer on a phone, where each card takes the full width. */
const WIDE_PAGE = 12;
const PHONE_PAGE = 6;

/** Search (typo-tolerant) and filters over the whole library, a page at a time. */
export function Browse({ store }: { store: LibraryStore }) {
  const pageSize = useNarrow() ? PHONE_PAGE : WIDE_PAGE;
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [limit, setLimit] = useState(pageSize);
  // Typing stays smooth; the list catches up a moment later.
  const deferredQuery = useDeferredValue(query);
  const favourites = store.state?.favourites;
  const sets = useActiveSets();

  const results = useMemo(() => {
    const found = searchLibrary(deferredQuery, { ...toLibraryFilters(filters), sets });
    return filters.saved ? found.filter((item) => favourites?.includes(item.id)) : found;
  }, [deferredQuery, filters, favourites, sets]);

  const change = (next: FilterValues) => {
    setFilters(next);
    setLimit(pageSize);
  };
  const count = results.length === 1 ? "1 practice" : `${results.length} practices`;
  const shown = results.slice(0, limit);

  return (
    <section className="stack" aria-labelledby="lib-browse">
      <h2 id="lib-browse">Browse the library</h2>
      <search aria-label="Search the library" className="stack lib-search">
        <Field
          label="Search"
          type="search"
          value={query}
          onValue={(v) => {
            setQuery(v);
            setLimit(pageSize);
          }}
          hint='Try "apology", "listening" or "good news". Small typos are fine.'
          autoComplete="off"
        />
        <Filters values={filters} onChange={change} />
      </search>
      <p role="status" className="lib-count">
        {count}
        {query.trim() ? ` for "${query.trim()}"` : ""}
      </p>
      {results.length === 0 ? (
        <p className="muted">Nothing matches yet. Try a different word, or clear a filter.</p>
      ) : (
        <ul className="lib-list lib-list--grid" aria-label="Results">
          {shown.map((item) => (
            <ItemCard
              key={item.id}
              item={item}
              favourite={store.isFavourite(item.id)}
              onToggleFavourite={() => void store.toggleFavourite(item.id, item.title)}
            />
          ))}
        </ul>
      )}
      {results.length > limit ? (
        <p>
          <Button variant="secondary" onClick={() => setLimit((l) => l + pageSize)}>
            Show more ({results.length - limit} left)
          </Button>
        </p>
      ) : null}
    </section>
  );
}
