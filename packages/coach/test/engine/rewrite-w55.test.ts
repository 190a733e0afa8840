// Coach 10.8.2: round 10's zeros (w55–w62, judges AK and AL, coach 10.8.1). A plain sentence right
// after a pitfall was kept though it carries the pitfall on: the rest of a me-too story ("Every
// week! In front of everyone!"), the point of a why-question ("Your health is more important than a boss fight."),
// a push to move on after advice. It now goes whenever anything else of theirs stays. Labels
// unchanged. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { offered } from "../../src/contract.ts";
import { analyze } from "../../src/index.ts";
import { composedRewrite as rewrite } from "./rewrite-checks.ts";

describe("a plain sentence that carries the pitfall on (round 10)", () => {
  it("drops the rest of a me-too story", () => {
    const text = rewrite(
      "A customer asked where I'm really from and then told me to be grateful. I said nothing all shift.",
      "Oh my love, I'm sorry. It's the same for me at the warehouse, the supervisor talks to me so slowly. Every single day! In front of the whole line! I'm so tired of it.",
    );
    expect(text).toMatch(/^Oh my love, I'm sorry\./);
    expect(text).not.toMatch(/every single day|whole line/i);
  });

  it("drops the push that follows the advice, though it names someone of the share", () => {
    const text = rewrite(
      "It's four years today since Hamid called from the border. Last time I heard his voice. I went to work and told no one.",
      "You must feel so alone with it. But maybe it's good you went to work, life has to go on, no? Hamid would want you to move forward.",
    );
    expect(text).toMatch(/feel so alone with it/);
    expect(text).not.toMatch(/move forward/i);
  });

  it("keeps a sentence with a move of its own after the pitfall", () => {
    const text = rewrite(
      "My manager tore apart my slides in front of the whole team today.",
      "You should talk to HR about him. I am so sorry, that sounds humiliating.",
    );
    expect(text).toBe("I am so sorry, that sounds humiliating.");
  });

  it("keeps a letter's sign-off", () => {
    const text = rewrite(
      "Mrs Dunlop said my roses looked tired. I am not going back to the club.",
      "Oh Peg that is too bad. But you are making a mountain out of a mole hill dear, it is only roses. Love Hal",
    );
    expect(text).toMatch(/^Oh Peg that is too bad\./);
    expect(text).toMatch(/Love Hal\.?$/);
  });
});

describe("round 11's broken lines (w63–w70, judges AO and AP, 10.8.2)", () => {
  // What the app offers (a rewrite or a starter), not the composition before its checks.
  const offer = (share: string, reply: string): string => offered(analyze({ share, reply })) ?? "";

  it("offers no reason whose claim was cut", () => {
    expect(offer("They offered me the supervisor job!", "nice. so does that mean more weekends? cuz i already barely see you")).not.toMatch(
      /cuz|barely see you/i,
    );
  });

  it("lowercases 'somebody' from the share's start after their endearment", () => {
    const text = offer(
      "Somebody got shot at the stop on Main and 5th right as I pulled up. Kid couldn't be more than 16. I had a bus full of people screaming. I'm home now.",
      "Babe I see it all the time in the trauma bay, I know exactly what's in your head right now. It gets easier, trust me.",
    );
    expect(text).toMatch(/somebody/);
    expect(text).not.toMatch(/, Somebody/);
  });

  it("offers no exasperated 'for god's sake'", () => {
    const text = offer(
      "My shift got moved to Christmas Day, I'm so sorry.",
      "Oh for god's sake Dan. So I'm doing Christmas at my sister's on my own AGAIN. Brilliant.",
    );
    expect(text).not.toMatch(/sake|brilliant/i);
  });
});
