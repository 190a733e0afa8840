// Server and browser must read a reply the same way: both choose the notes that reach
// the coach with `notesForCoach` (categories and corrections included), so the verdict
// the server stores rests on the notes the composer showed. This test feeds the server
// its store's note records and the browser path its API's note views of the same notes.
import { analyze, notesForCoach, type PartnerNote } from "@attune/coach";
import type { NoteView } from "@attune/shared";
import { describe, expect, it } from "vitest";
import { replyCoach } from "./coach.ts";
import type { NoteRecord } from "./storage/store.ts";

const NOTES: Omit<NoteRecord, "authorId" | "subjectId" | "promptId" | "visibility" | "createdAt" | "updatedAt">[] = [
  {
    id: "n1",
    category: "what-helps",
    text: "A cup of tea and a hug help when she is low",
    response: { status: "corrected", correction: "Tea yes, but a hug first only if I ask", at: 5 },
  },
  { id: "n2", category: "old-wounds", text: "Her dad shouted whenever she cried as a kid", response: null },
  { id: "n3", category: "history", text: "Moved schools four times before she was twelve", response: { status: "confirmed", correction: null, at: 6 } },
];

const records: NoteRecord[] = NOTES.map((n) => ({ ...n, authorId: "a", subjectId: "b", promptId: null, visibility: "private", createdAt: 1, updatedAt: 2 }));
const views: NoteView[] = NOTES.map((n) => ({
  ...n,
  category: n.category as NoteView["category"],
  visibility: "private",
  promptId: null,
  mine: true,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  response: n.response ? { status: n.response.status, correction: n.response.correction, at: "2026-01-01T00:00:00.000Z" } : null,
}));

/** What the composer does: its hook picks the notes, the coach reads the reply with them. */
function browserVerdict(share: string, reply: string): { level: number; pitfalls: string[]; moves: string[] } {
  const notes = notesForCoach(share, views as PartnerNote[]);
  const a = analyze({ share, reply, ...(notes.length ? { partnerNotes: notes } : {}) });
  return { level: a.level, pitfalls: [...a.pitfalls], moves: [...a.moves] };
}

describe("notes that reach the coach", () => {
  const share = "I cried in the car after the meeting, my boss shouted at me and I felt about six years old. I feel so low.";

  it("carry the partner's correction, not the old text", () => {
    const chosen = notesForCoach("Feeling really low tonight. Could murder a cup of tea.", views as PartnerNote[]);
    expect(chosen).toContain("Tea yes, but a hug first only if I ask");
    expect(chosen).not.toContain("A cup of tea and a hug help when she is low");
  });

  const replies = [
    "With your dad shouting every time you cried, no wonder a shouting boss took you right back there. I'm here.",
    "I'll put the kettle on, and I'm here if you want a hug, only if you want one.",
    "You should tell HR.",
    "Ugh, that's awful. What was the worst bit?",
  ];
  for (const reply of replies) {
    it(`give the same verdict on server and browser: ${reply}`, () => {
      expect(replyCoach(share, reply, records)).toEqual(browserVerdict(share, reply));
    });
  }
});
