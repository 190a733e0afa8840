import type { CategoryInfo, NoteCategory, NoteView } from "@attune/shared";
import { useEffect, useRef, useState } from "react";
import { Button } from "../ui/button.tsx";
import { createNote } from "./api.ts";
import { MyNote } from "./my-note.tsx";
import { NoteForm } from "./note-form.tsx";

const FIRST_QUESTIONS = 2;

interface Composing {
  category: NoteCategory;
  promptId: string | null;
}

export interface CategorySectionProps {
  category: CategoryInfo;
  notes: NoteView[];
  partnerName: string;
  onCreated(note: NoteView): void;
  onChange(note: NoteView): void;
  onDeleted(id: string): void;
}

/** One category: its notes, and the guided questions not yet answered. */
export function CategorySection({ category, notes, partnerName, onCreated, onChange, onDeleted }: CategorySectionProps) {
  const [composing, setComposing] = useState<Composing | null>(null);
  const [allQuestions, setAllQuestions] = useState(false);
  // When the form closes, focus comes back here rather than falling to the page's top.
  const writeOwn = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!composing && returnFocus.current) {
      returnFocus.current = false;
      writeOwn.current?.focus();
    }
  }, [composing]);
  const close = () => {
    returnFocus.current = true;
    setComposing(null);
  };
  const titleId = `pm-${category.id}`;
  const answered = new Set(notes.flatMap((n) => (n.promptId ? [n.promptId] : [])));
  const open = category.prompts.filter((p) => !answered.has(p.id));
  // Two questions at a time keep the page calm; the rest are a click away.
  const offered = allQuestions ? open : open.slice(0, FIRST_QUESTIONS);
  const question = composing?.promptId ? (category.prompts.find((p) => p.id === composing.promptId)?.text ?? null) : null;
  return (
    <section className="card stack pm-category" aria-labelledby={titleId}>
      <h2 id={titleId}>{category.label}</h2>
      <p className="muted">{category.hint}</p>
      {notes.length > 0 ? (
        <ul className="pm-notes">
          {notes.map((note) => (
            <MyNote key={note.id} note={note} partnerName={partnerName} onChange={onChange} onDeleted={onDeleted} />
          ))}
        </ul>
      ) : null}
      {composing ? (
        <NoteForm
          key={composing.promptId ?? "free"}
          category={category.id}
          question={question ?? `A note about ${partnerName}: ${category.label.toLowerCase()}`}
          partnerName={partnerName}
          submitLabel="Save note"
          onCancel={close}
          onSave={async (body) => {
            const created = await createNote({ category: category.id, text: body.text, visibility: body.visibility, promptId: composing.promptId });
            close();
            onCreated(created);
          }}
        />
      ) : (
        <div className="pm-prompts">
          {open.length > 0 ? (
            <>
              <p className="pm-prompts__label">{notes.length === 0 ? "Start from a question:" : "More to wonder about:"}</p>
              <ul className="pm-prompts__list">
                {offered.map((p) => (
                  <li key={p.id}>
                    <button type="button" className="pm-prompt" onClick={() => setComposing({ category: category.id, promptId: p.id })}>
                      {p.text}
                    </button>
                  </li>
                ))}
              </ul>
              {open.length > offered.length ? (
                <Button variant="quiet" onClick={() => setAllQuestions(true)}>
                  {open.length - offered.length} more {open.length - offered.length === 1 ? "question" : "questions"}
                  <span className="loop-sr-only"> about {category.label.toLowerCase()}</span>
                </Button>
              ) : null}
            </>
          ) : null}
          <Button
            variant="secondary"
            ref={writeOwn}
            onClick={() => setComposing({ category: category.id, promptId: null })}
            aria-label={`Write your own note: ${category.label}`}
          >
            Write your own note
          </Button>
        </div>
      )}
    </section>
  );
}
