import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { tabAfterKey } from "./tab-key.ts";

export interface PhoneSection {
  key: string;
  label: ReactNode;
  content: ReactNode;
}

/** The parts' ARIA tabs (arrow keys move between them); the panels are PhoneSections' own. */
export function PhoneTabs({
  id,
  label,
  sections,
  current,
  onChoose,
}: {
  id: string;
  label: string;
  sections: PhoneSection[];
  current: string;
  onChoose(key: string): void;
}) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (event: KeyboardEvent, index: number) => {
    const next = tabAfterKey(event.key, index, sections.length);
    if (next === null) return;
    event.preventDefault();
    const target = sections[next];
    if (!target) return;
    onChoose(target.key);
    tabs.current[next]?.focus();
  };

  return (
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
          onClick={() => onChoose(s.key)}
          onKeyDown={(e) => move(e, i)}
        >
          {s.label}
        </button>
      ))}
    </div>
  );
}
