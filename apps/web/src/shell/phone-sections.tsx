import { useState } from "react";
import { PhoneTabs, type PhoneSection } from "./phone-tabs.tsx";
import { useNarrow } from "./use-narrow.ts";

export type { PhoneSection };

/**
 * A long page on a phone, one part at a time: tabs over the page's own sections (ARIA
 * tabs: arrow keys move between them). Wide screens show every section as before. Only
 * the layout changes; each section keeps its own data code and state while hidden.
 */
export function PhoneSections({
  label,
  sections,
  selected,
  onSelect,
}: {
  label: string;
  sections: PhoneSection[];
  /** The part shown, when the page moves between parts itself (a form taking you to what is missing). */
  selected?: string;
  onSelect?(key: string): void;
}) {
  const narrow = useNarrow();
  // Until a part is picked, the first one shows (a part may appear once its data loads).
  const [ownChoice, setOwnChoice] = useState<string | null>(null);
  const chosen = selected ?? ownChoice;
  const choose = (key: string) => {
    setOwnChoice(key);
    onSelect?.(key);
  };
  const current = chosen !== null && sections.some((s) => s.key === chosen) ? chosen : (sections[0]?.key ?? "");

  if (narrow) return <PhoneTabs label={label} sections={sections} current={current} onChoose={choose} />;
  return (
    <>
      {sections.map((s) => (
        <div key={s.key} className="phone-sections__panel">
          {s.content}
        </div>
      ))}
    </>
  );
}
