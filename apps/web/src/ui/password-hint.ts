import { PASSWORD_MAX, PASSWORD_MIN } from "@attune/shared";

export type Strength = "empty" | "short" | "guessable" | "okay" | "good" | "strong";

export interface PasswordHint {
  strength: Strength;
  /** 0–4, for the meter. */
  level: number;
  message: string;
}

/**
 * A calm, length-first hint (no composition rules, as NIST advises). It only guides;
 * the server has the final word and refuses the commonest passwords. Patterns that
 * are easy to guess (one repeated character, a keyboard run, the person's own name or
 * email) are named gently.
 */
export function passwordHint(password: string, personal: string[] = []): PasswordHint {
  const length = [...password].length;
  if (length === 0) return { strength: "empty", level: 0, message: `Use at least ${PASSWORD_MIN} characters. A short phrase is easy to remember.` };
  if (length < PASSWORD_MIN) {
    const more = PASSWORD_MIN - length;
    return { strength: "short", level: 0, message: `${more} more character${more === 1 ? "" : "s"} to go.` };
  }
  if (length > PASSWORD_MAX) return { strength: "short", level: 0, message: `Use at most ${PASSWORD_MAX} characters.` };
  if (isGuessable(password, personal)) {
    return { strength: "guessable", level: 1, message: "This one would be easy to guess. A few unrelated words work well." };
  }
  if (length < 12) return { strength: "okay", level: 2, message: "That works. A little longer would be stronger." };
  if (length < 16) return { strength: "good", level: 3, message: "Good — that's a solid password." };
  return { strength: "strong", level: 4, message: "Strong. Nicely done." };
}

const RUNS = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

function isGuessable(password: string, personal: string[]): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 2) return true;
  const letters = lower.replace(/[^a-z0-9]/g, "");
  if (letters.length >= lower.length - 1 && RUNS.some((run) => run.includes(letters) || [...run].reverse().join("").includes(letters))) return true;
  for (const word of personal) {
    const w = word.toLowerCase().split("@")[0]?.trim() ?? "";
    // The password is mostly the person's own name or email: easy for anyone who knows them.
    if (w.length >= 3 && lower.includes(w) && lower.length - w.length < 5) return true;
  }
  return false;
}
