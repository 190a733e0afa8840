/**
 * Stage 2 of note relevance: what a text is about — the people it names, the family
 * and other roles it mentions, its topics and feeling families (from the lexicon), the
 * core emotions `detectEmotions` finds, and its content-word stems.
 */
import { detectEmotions, type CoreEmotion } from "../emotions/index.ts";
import { NOT_NAMES, ROLES, STOPWORDS, TOPICS } from "./lexicon.ts";
import { stem } from "../text/stem.ts";
import { words } from "./words.ts";

export interface TextFeatures {
  /** lowercase word → how it is written, for capitalised words mid-sentence ("Jonah") */
  names: Map<string, string>;
  /** every lowercase word (to spot a name the other text capitalises) */
  norms: Set<string>;
  roles: Set<string>;
  /** topic or feeling id → the forms of it the text uses */
  topics: Map<string, Set<string>>;
  /** core emotions detected in the text */
  emotions: Set<CoreEmotion>;
  /** finer feeling words `detectEmotions` names ("hurt", "anxious") */
  feelingWords: Set<string>;
  /** stems of content words that are neither names nor lexicon hits → the word as first written */
  stems: Map<string, string>;
}

type Hit = { kind: "role" | "topic"; id: string; form: string };

const MAX_PHRASE = 4;

/** Lexicon forms, stemmed word by word, joined with spaces. Built once. */
const INDEX: Map<string, Hit[]> = (() => {
  const index = new Map<string, Hit[]>();
  const add = (form: string, hit: Hit) => {
    const key = form
      .toLowerCase()
      .replace(/'/g, "")
      .split(/[\s-]+/)
      .filter((w) => w.length > 0)
      .map(stem)
      .join(" ");
    index.set(key, [...(index.get(key) ?? []), hit]);
  };
  for (const [id, r] of Object.entries(ROLES)) for (const f of r.forms) add(f, { kind: "role", id, form: f });
  for (const [id, t] of Object.entries(TOPICS)) for (const f of t.forms) add(f, { kind: "topic", id, form: f });
  return index;
})();

const ROLE_WORDS: ReadonlySet<string> = new Set(Object.values(ROLES).flatMap((r) => r.forms.filter((f) => !/[\s-]/.test(f))));

/** Features of one text. Pure; linear in the text's length. */
export function textFeatures(text: string): TextFeatures {
  const ws = words(text);
  const stems = ws.map((w) => stem(w.norm));
  const names = new Map<string, string>();
  const roles = new Set<string>();
  const topicForms = new Map<string, Set<string>>();
  const covered = new Array<boolean>(ws.length).fill(false);

  for (let i = 0; i < stems.length; i++) {
    for (let len = Math.min(MAX_PHRASE, stems.length - i); len >= 1; len--) {
      const hits = INDEX.get(stems.slice(i, i + len).join(" "));
      if (!hits) continue;
      for (const h of hits) {
        if (h.kind === "role") roles.add(h.id);
        else topicForms.set(h.id, (topicForms.get(h.id) ?? new Set()).add(h.form));
      }
      for (let k = i; k < i + len; k++) covered[k] = true;
    }
  }

  const contentStems = new Map<string, string>();
  ws.forEach((w, i) => {
    const isRole = ROLE_WORDS.has(w.norm);
    if (w.capital && !w.initial && !STOPWORDS.has(w.norm) && !NOT_NAMES.has(w.norm) && !isRole && w.norm.length > 1) {
      names.set(w.norm, w.norm[0]?.toUpperCase() + w.norm.slice(1));
      return;
    }
    const s = stems[i] ?? "";
    if (!covered[i] && !STOPWORDS.has(w.norm) && s.length >= 3 && !/^\d+$/.test(s) && !contentStems.has(s)) contentStems.set(s, w.norm);
  });

  const emotionResult = detectEmotions(text);
  // Feeling words count as feelings, not again as shared words.
  for (const w of emotionResult.words) for (const part of w.split(" ")) contentStems.delete(stem(part));
  return {
    names,
    norms: new Set(ws.map((w) => w.norm)),
    roles,
    topics: topicForms,
    emotions: new Set(emotionResult.emotions.map((e) => e.emotion)),
    feelingWords: new Set(emotionResult.words),
    stems: contentStems,
  };
}
