import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { tabAfterKey } from "./tab-key.ts";

export interface PhoneSection {
  key: string;
  label: ReactNode;
  content: ReactNode;
}

/** The parts as ARIA tabs over their panels; a hidden panel keeps its content mounted. */
export function PhoneTabs({ label, sections, current, onChoose }: { label: string; sections: PhoneSection[]; current: string; onChoose(key: string): void }) {
  const id = useId();
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
            onClick={() => onChoose(s.key)}
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
