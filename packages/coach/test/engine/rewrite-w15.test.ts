// Coach 9.2: rewrites the w15 judges graded 0 for a cause that is general: a hurtful part of the
// reply kept (sarcasm, a rebuke, a reproach, a verdict on their work), "of course" agreeing with
// what is feared, and the share misread (a mishap congratulated, happy tears read as upset, a
// shrug after a hurtful call read as lovely, flat thanks to someone else, an admission met with an
// apology, a worry about being a burden read as a grievance). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { brokenParts, composedRewrite as rewrite } from "./rewrite-checks.ts";

describe("no hurtful part of theirs is kept", () => {
  it("drops a bare sarcastic 'Of course you did.'", () => {
    const out = rewrite(
      "Your sister asked us to host Easter and I said we would. Sorry, I know I should have checked.",
      "Of course you did. You never ask me first.",
    );
    expect(out).not.toMatch(/of course you did/i);
    expect(brokenParts(out)).toEqual([]);
  });

  it("drops 'sorry for caring'", () => {
    const out = rewrite(
      "Please stop calling me 'sweetie' in front of my team. It makes me feel like a kid.",
      "Okay but I was only being nice, Sam. Sorry for caring I guess.",
    );
    expect(out).not.toMatch(/sorry for caring/i);
  });

  it("drops a bare rebuke of what they said, keeps one about someone else", () => {
    const rebuke = rewrite(
      "Sometimes I think you'd be happier without me dragging you down.",
      "That's a terrible thing to say. Why would you even think that?",
    );
    expect(rebuke).not.toMatch(/terrible thing to say/i);
    const aboutThem = rewrite(
      "My coach called me slow in front of the whole squad.",
      "That's a terrible thing to say to you in front of everyone. But you did skip training twice.",
    );
    expect(aboutThem).toMatch(/terrible thing to say to you/);
  });

  it("drops a reproach of what they know ('You know it makes you…')", () => {
    const out = rewrite(
      "Read the comments under my article again. Now I feel sick.",
      "Oh no, that's horrible. You know it makes you feel sick. Just stop reading them.",
    );
    expect(out).toMatch(/that's horrible/);
    expect(out).not.toMatch(/you know it makes you/i);
  });

  it("drops a verdict on their work ('what an awful job')", () => {
    const out = rewrite(
      "Had to tell a family their dad won't wake up. I sat in the car park for an hour after.",
      "Oh love, that's so sad for you. What an awful job. I pity you lot, honestly.",
    );
    expect(out).not.toMatch(/awful job/i);
  });
});

describe("'of course' meets the fear, never what is feared", () => {
  it("does not say back the replier's feared act or a verdict on the sharer", () => {
    const leaving = rewrite("I'm scared you'll leave me for someone more fun.", "That's a bit dramatic, Jo.");
    expect(leaving).not.toMatch(/(?:of course|no wonder)[^.]*(?:leave|fun)/i);
    const old = rewrite("Thinking of retraining as a nurse. I'm terrified I'm too old to start over.", "Poor you, at your age. I feel for you.");
    expect(old).not.toMatch(/(?:of course|no wonder)[^.]*too old/i);
  });

  // A control: the rule leaves a fear of the world alone (passes before and after).
  it("keeps a fear of something outside them ('scared the flight will be cancelled')", () => {
    const out = rewrite("I'm scared the flight gets cancelled again.", "Don't worry, it won't.");
    expect(out).toMatch(/scared the flight gets cancelled/);
  });

  it("does not confirm a disclosed state ('of course you're depressed')", () => {
    const out = rewrite("I think I'm depressed. I haven't opened the blinds in four days.", "Same, honestly, winter does that to me too.");
    expect(out).not.toMatch(/you'?re depressed|feel depressed/i);
  });
});

describe("the share read the right way round", () => {
  it("congratulates no mishap ('got a fine')", () => {
    const period = rewrite("Got my period halfway through the exam. Of course.", "Ha, classic. Same thing happened to me at my sister's wedding.");
    expect(period).not.toMatch(/amazing|well done|proud of you|huge|congrat/i);
    const ticket = rewrite("Got a parking ticket outside the dentist. Forty quid.", "Babe you always park there though.");
    expect(ticket).not.toMatch(/amazing|well done|proud of you|huge|congrat/i);
  });

  it("reads tears beside a glad word as happy tears", () => {
    const out = rewrite(
      "My cake rose perfectly. PERFECT. The top is golden. I'm crying a little.",
      "Nice!! Speaking of crying, I cried in the car today because my manager rejected my whole plan. I'm so done with him.",
    );
    expect(out).not.toMatch(/upset|sorry/i);
  });

  it("reads a shrug after a hurtful call as heavy, not lovely", () => {
    const out = rewrite(
      "Dad called. First time since the wedding. Asked if I'd 'sorted myself out.' That was it. Whatever.",
      "Why do you even still pick up? It goes like this every single time.",
    );
    expect(out).not.toMatch(/lovely|special|love that/i);
  });

  it("takes flat thanks to someone else as no thanks to the replier", () => {
    const out = rewrite("Dad forwarded me a flat listing in Leeds. No message. Cool, thanks Dad.", "Ugh. To be fair he's just worried. Maybe view it?");
    expect(out).not.toMatch(/thank you|means a lot|do it all again/i);
  });

  it("meets an admission without an apology from the replier", () => {
    const out = rewrite(
      "You were right about the landlord. Should've listened. I hate being wrong in front of you.",
      "Told you so. Maybe next time you'll listen.",
    );
    expect(out).not.toMatch(/\bsorry\b|you'?re right to tell me/i);
  });

  it("reads 'I feel like a burden. You do everything…' as a worry, not a grievance to own", () => {
    const out = rewrite(
      "I feel like a burden. You do the shopping, you do the school run, you do everything. What's in it for you?",
      "Oh babe, come here. You're being silly, stop it.",
    );
    expect(out).not.toMatch(/\bsorry\b|wasn't fair|you'?re right/i);
  });
});

describe("their praise of the sharer stays", () => {
  it("keeps 'You're the smartest person I know' once the minimizing goes", () => {
    const out = rewrite(
      "Failed my driving theory by one question. Everyone in my class passed. I'm so embarrassed.",
      "Ach, it's one test, love. You redo it and nobody remembers. You're the smartest person I know.",
    );
    expect(out).toMatch(/You're the smartest person I know/);
    expect(out).not.toMatch(/nobody remembers|one test/);
  });

  it("keeps 'I love how much you…' and drops the 'rules are rules'", () => {
    const out = rewrite(
      "Had to send a kid home from the youth club tonight. His dad wasn't answering. I hated doing it.",
      "I love how much you look out for them, babe. Rules are rules though. You can't fix every one of them.",
    );
    expect(out).toMatch(/I love how much you look out for them/);
    expect(out).not.toMatch(/rules are rules|can't fix/i);
  });
});

describe("a verdict is the sharer's own before it is answered", () => {
  it("answers 'I'm a bad mum' but not someone else's 'bad father'", () => {
    const other = rewrite(
      "Dad asked me today if I'd been a good son. Like he was worried he'd been a bad father. I had to go out into the hall.",
      "poor you love, that's such a sad thing to have to hear. I do feel for you.",
    );
    expect(other).not.toMatch(/great father|bad father/i);
    const own = rewrite("I'm such a bad mum. I forgot the school trip money again.", "Poor you, honestly I feel for you.");
    expect(own).toMatch(/mum/i);
  });
});

describe("a clipped share said back reads as a sentence", () => {
  it("gives a bare common noun its article, not a capital mid-sentence", () => {
    const out = rewrite("Plumber didn't turn up. Again. No hot water for three days now.", "Why didn't you ring a different one like I said?");
    expect(out).not.toMatch(/, Plumber\b/);
    expect(out).toMatch(/the plumber didn't turn up/);
  });
});
