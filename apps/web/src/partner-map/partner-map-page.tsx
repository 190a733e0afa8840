import { PARTNER_MAP_CATEGORIES, type CategoryInfo, type NoteCategory, type NoteView } from "@attune/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { asFailure } from "../api/client.ts";
import { usePartnerEvents, type PartnerEventType } from "../live/events.ts";
import { Link } from "../router.tsx";
import { useMe } from "../session/session.tsx";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { Page } from "../ui/page.tsx";
import { AboutMeNote } from "./about-me-note.tsx";
import { createNote, fetchNotes, type NotesList } from "./api.ts";
import { MyNote } from "./my-note.tsx";
import { NoteForm } from "./note-form.tsx";
// The visibility radios and tags share the daily loop's look.
import "../loop/loop.css";
import "./partner-map.css";

const FIRST_QUESTIONS = 2;

interface Composing {
  category: NoteCategory;
  promptId: string | null;
}

const NOTE_EVENTS: readonly PartnerEventType[] = ["note"];

/**
 * /partner-map — what I know of my partner's inner world, by category, with guided
 * questions to start from; and what my partner understood about me, to confirm or
 * correct. Notes are private unless their author shows one.
 */
export function PartnerMapPage() {
  const me = useMe();
  const [data, setData] = useState<NotesList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setData(await fetchNotes());
      setError(null);
    } catch (e) {
      setError(asFailure(e).message);
    }
  }, []);

  useEffect(() => {
    void load();
    // Answers and shown notes arrive from the partner; look again when the tab returns.
    const onVisible = () => {
      if (document.visibilityState === "visible") void load();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [load]);
  // ...and at once when the partner shows a note or answers one about them.
  usePartnerEvents(NOTE_EVENTS, () => void load());

  const partnerName = data?.partner?.displayName ?? me.couple?.partner.displayName ?? "your partner";

  const replace = (note: NoteView) =>
    setData((d) =>
      d ? { ...d, mine: d.mine.map((n) => (n.id === note.id ? note : n)), aboutMe: d.aboutMe.map((n) => (n.id === note.id ? note : n)) } : d,
    );

  return (
    <Page
      title="Partner map"
      lead={
        data?.linked
          ? `What you know of ${partnerName}'s inner world: their story, tender spots, the people who matter and what helps. When you reply to ${partnerName}, the notes that fit come up beside your words.`
          : "What you know of your partner's inner world: their story, tender spots, the people who matter and what helps."
      }
    >
      {error ? (
        <div role="alert" className="notice notice--error">
          {error}{" "}
          <Button variant="quiet" onClick={() => void load()}>
            Try again
          </Button>
        </div>
      ) : null}
      {!data && !error ? <p className="loading">Opening your partner map…</p> : null}
      {data && !data.linked ? (
        <section className="card stack">
          <h2>Link with your partner first</h2>
          <p>Your partner map is about the person you're linked with. Once you are, you can start writing what you know of them.</p>
          <p>
            <Link to="/partner" className="button button--primary">
              Link with your partner
            </Link>
          </p>
        </section>
      ) : null}
      {data?.linked ? (
        <>
          <p className="pm-privacy">
            Notes are private: only you can read them, unless you choose to show one to {partnerName} and ask if you understood right.
          </p>
          <Notice tone="success">{news}</Notice>
          <div className="pm-categories">
            {PARTNER_MAP_CATEGORIES.map((category) => (
              <CategorySection
                key={category.id}
                category={category}
                notes={data.mine.filter((n) => n.category === category.id)}
                partnerName={partnerName}
                onCreated={(note) => {
                  setData((d) => (d ? { ...d, mine: [note, ...d.mine] } : d));
                  setNews(note.visibility === "shown" ? `Saved and shown to ${partnerName}.` : "Saved. Only you can read it.");
                }}
                onChange={(note) => {
                  replace(note);
                  setNews(null);
                }}
                onDeleted={(id) => {
                  setData((d) => (d ? { ...d, mine: d.mine.filter((n) => n.id !== id) } : d));
                  setNews("Deleted.");
                }}
              />
            ))}
          </div>
          <section className="card stack pm-about-me" aria-labelledby="pm-about-me-title">
            <h2 id="pm-about-me-title">What {partnerName} understood about you</h2>
            {data.aboutMe.length === 0 ? (
              <p className="muted">When {partnerName} shows you something they wrote about you, it appears here, so you can say whether it fits.</p>
            ) : (
              <>
                <p className="muted">{partnerName} chose to show you these, to check they understood you right. Your answer helps them know you better.</p>
                <ul className="pm-notes">
                  {data.aboutMe.map((note) => (
                    <AboutMeNote key={note.id} note={note} partnerName={partnerName} onChange={replace} />
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}

interface CategorySectionProps {
  category: CategoryInfo;
  notes: NoteView[];
  partnerName: string;
  onCreated(note: NoteView): void;
  onChange(note: NoteView): void;
  onDeleted(id: string): void;
}

/** One category: its notes, and the guided questions not yet answered. */
function CategorySection({ category, notes, partnerName, onCreated, onChange, onDeleted }: CategorySectionProps) {
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
          <Button variant="secondary" ref={writeOwn} onClick={() => setComposing({ category: category.id, promptId: null })} aria-label={`Write your own note: ${category.label}`}>
            Write your own note
          </Button>
        </div>
      )}
    </section>
  );
}
