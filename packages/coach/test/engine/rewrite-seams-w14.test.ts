// Coach 8.3: broken rewrites the w14 judges gave 0 (sentences written for this test, not
// the writer's): a number's point read as a sentence end, a sign-off of theirs followed by a
// line of ours, and a discourse marker kept alone once the pitfall after it went.
import { describe, expect, it } from "vitest";
import { brokenParts, composedRewrite as rewrite } from "./rewrite-checks.ts";

describe("rewrite seams found blind on w14", () => {
  it("never says back a share cut at a number's point", () => {
    for (const share of ["Ines has a fever 38.9, she's so floppy", "Oskar has a fever of 39.2 and he's so limp"]) {
      const out = rewrite(share, "Did you give her Calpol? Did you ring 111? Why didn't you ring me first?");
      expect(out).not.toMatch(/\b3[89]\.(?!\d)/);
      expect(brokenParts(out)).toEqual([]);
    }
  });

  it("keeps a sign-off of theirs last, after any line of ours", () => {
    const reply = "Oh Joan that is too bad. But you are making a mountain out of a mole hill dear, it is only roses. Love Walter";
    // Coach 8.3: "my roses looked sad" is the roses' look, so the share names her own feeling for a line of ours.
    expect(rewrite("Mrs Reid said my roses looked sad. I felt so embarrassed. I am not going back.", reply)).toMatch(
      /^Oh Joan that is too bad\. .+ Love Walter\.?$/,
    );
    const pity = "Poor old Joan. I do feel sorry for you with that director. Love Walter";
    expect(rewrite("The choir director said my voice sounded tired. Period.", pity)).toMatch(/. Love Walter\.?$/);
  });

  it("drops a discourse marker left alone by the cut", () => {
    const out = rewrite(
      "Everyone spoke Dutch at lunch again. I felt so stupid.",
      "Ugh, that's rotten. But you know, your Dutch would come faster if you went to class more. You skipped all of May.",
    );
    expect(out).toMatch(/that's rotten/i);
    expect(out).not.toMatch(/\byou know\b/i);
    const cut = rewrite(
      "A ladder slipped under me at work today. I'm still shaking.",
      "Right, that's it, you need to leave that job. Have you even read the ads I sent?",
    );
    expect(cut).not.toMatch(/that's it/i);
  });

  it("reads no win in 'won't' (seen while writing these tests)", () => {
    const out = rewrite("Ines has a temperature of 38.9, she won't eat", "Did you give her Calpol? Why didn't you ring the doctor first?");
    expect(out).not.toMatch(/well done|huge|proud|congrat/i);
    expect(rewrite("We won the quiz at the Red Lion!", "About time, you lot always lose. Who was on your team?")).not.toMatch(/sorry/i);
  });
});
