import { READINESS_SCALE, type ReadinessAnswers } from "@attune/shared";
import type { Item } from "./test-parts.ts";

export interface StatementListProps {
  items: Item[];
  /** index of the first item in the whole test, for its number */
  start: number;
  answers: ReadinessAnswers;
  /** mark statements still unanswered */
  markMissing: boolean;
  onAnswer(itemId: string, value: number): void;
}

/** Statements as native radio groups: Tab moves between statements, arrow keys choose a point. */
export function StatementList({ items, start, answers, markMissing, onAnswer }: StatementListProps) {
  return (
    <ol className="rt-items" start={start + 1}>
      {items.map((item, n) => {
        const value = answers[item.id];
        const missing = markMissing && value === undefined;
        return (
          <li key={item.id} className={missing ? "rt-item rt-item--missing" : "rt-item"}>
            <fieldset className="scale rt-scale">
              <legend className="rt-item__text">
                <span className="rt-item__number">{start + n + 1}.</span> {item.text}
              </legend>
              {missing ? <p className="rt-item__missing">Still to answer</p> : null}
              <div className="scale__options">
                {READINESS_SCALE.map((point) => (
                  <label key={point.value} className="scale__option">
                    <input
                      type="radio"
                      name={`rt-${item.id}`}
                      value={point.value}
                      checked={value === point.value}
                      onChange={() => onAnswer(item.id, point.value)}
                    />
                    <span>
                      <span className="rt-point" aria-hidden="true">
                        {point.value}
                      </span>
                      {point.label}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
