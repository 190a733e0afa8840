import { describe, expect, it } from "vitest";
import { stem } from "../text/stem.ts";
import { words } from "./words.ts";

describe("words", () => {
  it("keeps case and sentence starts, drops possessives and apostrophes", () => {
    const ws = words("Dana's leaving. I didn't know Kofi’s plan!");
    expect(ws.map((w) => w.norm)).toEqual(["dana", "leaving", "i", "didnt", "know", "kofi", "plan"]);
    expect(ws.find((w) => w.norm === "dana")).toMatchObject({ capital: true, initial: true });
    expect(ws.find((w) => w.norm === "kofi")).toMatchObject({ capital: true, initial: false });
    expect(ws.find((w) => w.norm === "i")).toMatchObject({ initial: true });
  });

  it("handles accented letters and empty text", () => {
    expect(words("little Inês!").map((w) => w.norm)).toEqual(["little", "inês"]);
    expect(words("")).toEqual([]);
  });
});

describe("stem", () => {
  it.each([
    ["friends", "friend"],
    ["moving", "mov"],
    ["moved", "mov"],
    ["move", "mov"],
    ["worried", "worry"],
    ["worries", "worry"],
    ["running", "run"],
    ["ran", "run"],
    ["stopped", "stop"],
    ["degrees", "degree"],
    ["misses", "miss"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe("stem equivalences", () => {
  it.each([
    ["called", "call"],
    ["cancelling", "cancel"],
    ["cancelled", "cancels"],
    ["criticised", "criticise"],
    ["shouting", "shouted"],
  ])("%s ~ %s", (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it("keeps different words apart", () => {
    expect(stem("lovely")).not.toBe(stem("loves"));
    expect(stem("school")).not.toBe(stem("scholar"));
  });
});
