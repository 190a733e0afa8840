/**
 * A toggle: the visible word stays "Favourite" (the spoken name starts with it and adds
 * the title, so many on one page stay distinct) and aria-pressed says whether it is on; the heart fills as a second, non-colour cue.
 */
export function FavouriteButton({ title, on, onToggle }: { title: string; on: boolean; onToggle(): void }) {
  return (
    <button
      type="button"
      className={on ? "button button--secondary fav fav--on" : "button button--secondary fav"}
      aria-pressed={on}
      aria-label={`Favourite: ${title}`}
      onClick={onToggle}
    >
      <span aria-hidden="true" className="fav__icon">
        {on ? "♥" : "♡"}
      </span>{" "}
      Favourite
    </button>
  );
}
