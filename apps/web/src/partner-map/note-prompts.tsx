import type { CategoryInfo } from "@attune/shared";
import type { Ref } from "react";
import { Button } from "../ui/button.tsx";

type Prompt = CategoryInfo["prompts"][number];

export interface NotePromptsProps {
  category: CategoryInfo;
  /** the category's questions not yet answered */
  open: Prompt[];
  /** the ones shown now (two at first, keeping the page calm) */
  offered: Prompt[];
  firstNote: boolean;
  /** focus comes back to "Write your own note" when a form closes */
  writeOwnRef: Ref<HTMLButtonElement>;
  onShowAll(): void;
  /** a guided question's id, or null for a note of my own */
  onCompose(promptId: string | null): void;
}

/** Ways to start a note in a category: its guided questions, and "Write your own note". */
export function NotePrompts({ category, open, offered, firstNote, writeOwnRef, onShowAll, onCompose }: NotePromptsProps) {
  return (
    <div className="pm-prompts">
      {open.length > 0 ? (
        <>
          <p className="pm-prompts__label">{firstNote ? "Start from a question:" : "More to wonder about:"}</p>
          <ul className="pm-prompts__list">
            {offered.map((p) => (
              <li key={p.id}>
                <button type="button" className="pm-prompt" onClick={() => onCompose(p.id)}>
                  {p.text}
                </button>
              </li>
            ))}
          </ul>
          {open.length > offered.length ? (
            <Button variant="quiet" onClick={onShowAll}>
              {open.length - offered.length} more {open.length - offered.length === 1 ? "question" : "questions"}
              <span className="loop-sr-only"> about {category.label.toLowerCase()}</span>
            </Button>
          ) : null}
        </>
      ) : null}
      <Button variant="secondary" ref={writeOwnRef} onClick={() => onCompose(null)} aria-label={`Write your own note: ${category.label}`}>
        Write your own note
      </Button>
    </div>
  );
}
