import { useId, useState } from "react";
import { PhoneTabs, type PhoneSection } from "./phone-tabs.tsx";
import { useNarrow } from "./use-narrow.ts";

export type { PhoneSection };

/**
 * A long page on a phone, one part at a time: tabs over the page's own sections (ARIA
 * tabs: arrow keys move between them). Wide screens show every section as before. Only
 * the layout changes: the panels are the same elements in both, so turning a phone or
 * resizing a window keeps what each section holds (an open form, the words typed in it).
 */
export function PhoneSections({
  label,
  sections,
  selected,
  onSelect,
  wideClassName,
}: {
  label: string;
  sections: PhoneSection[];
  /** The part shown, when the page moves between parts itself (a form taking you to what is missing). */
  selected?: string;
  onSelect?(key: string): void;
  /** The parts' container on a wide screen (a grid, say); without it they sit in the page's own flow. */
  wideClassName?: string;
}) {
  const narrow = useNarrow();
  const id = useId();
  // Until a part is picked, the first one shows (a part may appear once its data loads).
  const [ownChoice, setOwnChoice] = useState<string | null>(null);
  const chosen = selected ?? ownChoice;
  const choose = (key: string) => {
    setOwnChoice(key);
    onSelect?.(key);
  };
  const current = chosen !== null && sections.some((s) => s.key === chosen) ? chosen : (sections[0]?.key ?? "");

  return (
    <div className={narrow ? "phone-sections" : (wideClassName ?? "phone-sections--wide")}>
      {narrow ? <PhoneTabs id={id} label={label} sections={sections} current={current} onChoose={choose} /> : null}
      {sections.map((s) => (
        <div
          key={s.key}
          className="phone-sections__panel"
          {...(narrow ? { role: "tabpanel", id: `${id}-panel-${s.key}`, "aria-labelledby": `${id}-tab-${s.key}`, hidden: s.key !== current } : {})}
        >
          {s.content}
        </div>
      ))}
    </div>
  );
}
