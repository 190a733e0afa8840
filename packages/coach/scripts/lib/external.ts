/**
 * Loaders for the study-and-measure data sets (ESConv dev, AnnoMI, EmpatheticIntents). They read from
 * `../shared/data` next to the repository and return (share, reply, gold strategy)
 * items; nothing here is fitted or shipped.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { csvRecords } from "./csv.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../../..");
export const dataDir = path.resolve(repoRoot, "../shared/data");

export interface EsconvItem {
  /** the latest seeker turn before the reply ("" when the prefix has none) */
  share: string;
  reply: string;
  strategy: string;
}

/**
 * ESConv dev: each line is a conversation prefix of turns separated by " EOS "; a turn
 * is "<flag> <speaker> <index> [Strategy]? text" with speaker 0 = seeker, 1 = supporter.
 * The last turn is the labelled supporter reply.
 */
export function loadEsconv(): EsconvItem[] {
  const text = readFileSync(path.join(dataDir, "esconv", "devWithStrategy_short.tsv"), "utf8");
  const items: EsconvItem[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const turns = line.split(" EOS ").map(parseTurn);
    const last = turns[turns.length - 1];
    if (last?.speaker !== 1 || !last.strategy) continue;
    const seeker = turns.slice(0, -1).filter((t) => t.speaker === 0);
    items.push({ share: seeker[seeker.length - 1]?.text ?? "", reply: last.text, strategy: last.strategy });
  }
  return items;
}

function parseTurn(raw: string): { speaker: number; strategy: string | null; text: string } {
  const m = /^\s*[\d.]+\s+(\d)\s+\d+\s+(?:\[([^\]]+)\]\s*)?([\s\S]*)$/.exec(raw);
  if (!m) return { speaker: -1, strategy: null, text: raw.trim() };
  return { speaker: Number(m[1]), strategy: m[2] ?? null, text: (m[3] ?? "").trim() };
}

export interface AnnomiItem {
  /** the latest client utterance before this therapist utterance ("" when none) */
  share: string;
  reply: string;
  inputSubtype: string;
  reflection: boolean;
  /** "simple" | "complex" | "n/a" */
  reflectionSubtype: string;
  questionSubtype: string;
  quality: string;
}

/**
 * AnnoMI-full therapist utterances. Some transcripts carry a second annotator's rows;
 * the first annotation of each (transcript, utterance) is kept.
 */
export function loadAnnomi(): AnnomiItem[] {
  const rows = csvRecords(readFileSync(path.join(dataDir, "annomi", "AnnoMI-full.csv"), "utf8"));
  const seen = new Set<string>();
  const byTranscript = new Map<string, Record<string, string>[]>();
  for (const r of rows) {
    const key = `${r.transcript_id}:${r.utterance_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byTranscript.get(r.transcript_id ?? "") ?? [];
    list.push(r);
    byTranscript.set(r.transcript_id ?? "", list);
  }
  const items: AnnomiItem[] = [];
  for (const list of byTranscript.values()) {
    list.sort((a, b) => Number(a.utterance_id) - Number(b.utterance_id));
    let lastClient = "";
    for (const r of list) {
      const text = r.utterance_text ?? "";
      if (r.interlocutor === "client") {
        lastClient = text;
        continue;
      }
      if (r.interlocutor !== "therapist") continue;
      items.push({
        share: lastClient,
        reply: text,
        inputSubtype: r.therapist_input_subtype ?? "n/a",
        reflection: r.reflection_exists === "True",
        reflectionSubtype: r.reflection_subtype ?? "n/a",
        questionSubtype: r.question_subtype ?? "n/a",
        quality: r.mi_quality ?? "",
      });
    }
  }
  return items;
}

export interface IntentItem {
  /** EmpatheticIntents gold replies come without their share */
  share: string;
  reply: string;
  intent: string;
}

/** EmpatheticIntents manual annotations: one file per intent, one listener reply per line. */
export function loadIntents(): IntentItem[] {
  const dir = path.join(dataDir, "empathetic-intents", "manual_annotations");
  const items: IntentItem[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const intent = file.replace(/\.txt$/, "");
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      if (line.trim()) items.push({ share: "", reply: line.trim(), intent });
    }
  }
  return items;
}
