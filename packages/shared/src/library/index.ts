import { LIBRARY_ITEM_DATA } from "./items/index.ts";
import { libraryListSchema, type LibraryItem } from "./schema.ts";

export {
  AUDIENCES,
  EXERCISE_MINUTES,
  LIBRARY_KINDS,
  LIBRARY_TOPICS,
  WEEKLY_PARTS,
  libraryItemSchema,
  libraryListSchema,
  type Audience,
  type LibraryItem,
  type LibraryItemInput,
  type LibraryKind,
  type LibraryTopic,
  type WeeklyPart,
} from "./schema.ts";

/** Every library item, validated when this module loads (bad data fails fast). */
export const LIBRARY_ITEMS: readonly LibraryItem[] = Object.freeze(libraryListSchema.parse(LIBRARY_ITEM_DATA));

const byId = new Map(LIBRARY_ITEMS.map((item) => [item.id, item]));

/** One item by its stable id (favourites, "done" marks and invitations store the id). */
export function libraryItemById(id: string): LibraryItem | undefined {
  return byId.get(id);
}
