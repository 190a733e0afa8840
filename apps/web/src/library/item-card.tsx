import type { LibraryItem } from "@attune/shared";
import { Link } from "../router.tsx";
import { FavouriteButton } from "./favourite-button.tsx";
import { ItemTags } from "./item-tags.tsx";

export interface ItemCardProps {
  item: LibraryItem;
  /** Why this is recommended, when it is. */
  why?: string;
  favourite: boolean;
  onToggleFavourite(): void;
  headingLevel?: 2 | 3;
}

/** One library item in a list: its title (a link to the detail), summary, tags, favourite. */
export function ItemCard({ item, why, favourite, onToggleFavourite, headingLevel = 3 }: ItemCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="card lib-card">
      <Heading className="lib-card__title">
        <Link to={`/library/${item.id}`}>{item.title}</Link>
      </Heading>
      {why ? <p className="lib-card__why">{why}</p> : null}
      <p className="lib-card__summary">{item.summary}</p>
      <ItemTags item={item} />
      <div className="actions lib-card__actions">
        <FavouriteButton title={item.title} on={favourite} onToggle={onToggleFavourite} />
      </div>
    </li>
  );
}
