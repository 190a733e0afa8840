import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useNarrow } from "./use-narrow.ts";

export interface PhoneSection {
  key: string;
  label: ReactNode;
  content: ReactNode;
}

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
  const id = useId();
  const narrow = useNarrow();
  // Until a part is picked, the first one shows (a part may appear once its data loads).
  const [ownChoice, setOwnChoice] = useState<string | null>(null);
  const chosen = selected ?? ownChoice;
  const setChosen = (key: string) => {
    setOwnChoice(key);
    onSelect?.(key);
  };
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = chosen !== null && sections.some((s) => s.key === chosen) ? chosen : (sections[0]?.key ?? "");

  if (!narrow)
    return (
      <>
        {sections.map((s) => (
          <div key={s.key} className="phone-sections__panel">
            {s.content}
          </div>
        ))}
      </>
    );

  const move = (event: KeyboardEvent, index: number) => {
    const last = sections.length - 1;
    const next =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = sections[next];
    if (!target) return;
    setChosen(target.key);
    tabs.current[next]?.focus();
  };

  return (
    <div className="phone-sections">
      <div role="tablist" aria-label={label} className="phone-sections__tabs">
        {sections.map((s, i) => (
          <button
            key={s.key}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${s.key}`}
            aria-selected={s.key === current}
            aria-controls={`${id}-panel-${s.key}`}
            tabIndex={s.key === current ? 0 : -1}
            className="phone-sections__tab"
            onClick={() => setChosen(s.key)}
            onKeyDown={(e) => move(e, i)}
          >
            {s.label}
          </button>
        ))}
      </div>
      {sections.map((s) => (
        <div
          key={s.key}
          role="tabpanel"
          id={`${id}-panel-${s.key}`}
          aria-labelledby={`${id}-tab-${s.key}`}
          hidden={s.key !== current}
          className="phone-sections__panel"
        >
          {s.content}
        </div>
      ))}
    </div>
  );
}
