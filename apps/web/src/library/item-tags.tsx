import type { LibraryItem } from "@attune/shared";
import { AUDIENCE_LABELS, DEPTH_LABELS, KIND_LABELS, PART_LABELS, minutesLabel, topicLabel } from "./labels.ts";

/** The item's tags as a short list: kind, part, depth, length, audience, then topics. */
export function ItemTags({ item }: { item: LibraryItem }) {
  // A set: a weekly "Appreciation" question is also on the appreciation topic.
  const tags = [
    ...new Set([
      KIND_LABELS[item.kind],
      ...(item.part ? [PART_LABELS[item.part]] : []),
      DEPTH_LABELS[item.depth],
      minutesLabel(item.minutes),
      AUDIENCE_LABELS[item.for],
      ...item.topics.map(topicLabel),
    ]),
  ];
  return (
    <ul className="lib-tags" aria-label="Tags">
      {tags.map((tag, i) => (
        <li key={tag} className={i === 0 ? "tag tag--kind" : "tag"}>
          {tag}
        </li>
      ))}
    </ul>
  );
}
