import type { CategoryInfo, NoteCategory, NoteView } from "@attune/shared";
import { useEffect, useRef, useState } from "react";
import { createNote } from "./api.ts";
import { MyNote } from "./my-note.tsx";
import { NoteForm } from "./note-form.tsx";
import { NotePrompts } from "./note-prompts.tsx";

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
        <NotePrompts
          category={category}
          open={open}
          offered={offered}
          firstNote={notes.length === 0}
          writeOwnRef={writeOwn}
          onShowAll={() => setAllQuestions(true)}
          onCompose={(promptId) => setComposing({ category: category.id, promptId })}
        />
      )}
    </section>
  );
}
