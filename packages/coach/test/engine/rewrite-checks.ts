// What makes a rewrite broken text, and names it invented: read by the property test and
// by the corpus and example tests. A module of its own, not exported from a test file: a
// test file imported by another registers its tests in the importer too, so the suite's
// count changed with the order files ran in (vitest shares modules across files here).
import { composedReply } from "../../src/analyze.ts";
import { shareKindOf } from "../../src/rewrite/share-kind.ts";
import { specificsOf } from "../../src/rewrite/specifics.ts";
import { voiceOf } from "../../src/rewrite/voice.ts";
import { readShare } from "../../src/share.ts";

/**
 * What the shipped coach composes for a reply to a share ("" when nothing): the text its wording
 * and seam tests read, whether the offer's policy shows it as a rewrite, a starter or not at all
 * (coach 10.3; that policy has its own tests, rewrite-offer.test.ts).
 */
export const composedRewrite = (share: string, reply: string): string => composedReply({ share, reply }) ?? "";

/** The kind of share the rewrite stage reads ("good-news", "hard", "complaint"…), as it reads it. */
export function kindOf(share: string): string {
  const reading = readShare(share);
  return shareKindOf(share, reading, specificsOf(share, reading).feelings);
}

export function brokenParts(rewrite: string, reply?: string): string[] {
  const problems: string[] = [];
  if (rewrite.trim() === "") problems.push("empty");
  if (/[,;:]\s*[,;:.!?]/.test(rewrite)) problems.push("empty clause or doubled punctuation");
  if (/\s[,;:.!?]/.test(rewrite)) problems.push("space before punctuation");
  if (/\s{2,}/.test(rewrite)) problems.push("double space");
  if (/\b(?:and|but|so|or|because)[.!?](?:\s|$)/i.test(rewrite)) problems.push("dangling conjunction");
  const texter = reply !== undefined && voiceOf(reply).lowercase;
  if (!texter && /(?:^|[.!?]\s+)[a-z]/.test(rewrite.replace(/\b(?:lol|tbh|x+|ok)\b[.!?]?/g, ""))) problems.push("lowercase sentence start");
  if ((rewrite.match(/"/g) ?? []).length % 2 === 1) problems.push("unmatched quote");
  if ((rewrite.match(/\u201c/g) ?? []).length !== (rewrite.match(/\u201d/g) ?? []).length) problems.push("unmatched curly quote");
  return problems;
}

/** Capitalised words of the rewrite that are not sentence starts and not "I…": each must be one the people wrote. */
export function inventedNames(rewrite: string, share: string, reply: string): string[] {
  const out: string[] = [];
  const re = /(?<!(?:[.!?\u2026\p{Extended_Pictographic}]\uFE0F?[)"'\u2019\u201d]*\s)|^)(?<![\p{L}'])\p{Lu}[\p{Ll}']+/gu;
  for (const m of rewrite.matchAll(re)) {
    const w = m[0];
    if (/^I(?:'|$)/.test(w)) continue;
    if (!share.includes(w) && !reply.includes(w)) out.push(w);
  }
  return out;
}
