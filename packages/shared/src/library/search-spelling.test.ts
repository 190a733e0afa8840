import { describe, expect, it } from "vitest";
import { closestWords, editDistance } from "./search-spelling.ts";

describe("editDistance", () => {
  it.each([
    ["jelous", "jealous", 1],
    ["anxeity", "anxiety", 1],
    ["gratefull", "grateful", 1],
    ["listenning", "listening", 1],
    ["money", "honey", 1],
    ["same", "same", 0],
  ])("%s -> %s is %i", (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it("gives up past the limit instead of measuring far-apart words", () => {
    expect(editDistance("gratitude", "thanks", 2)).toBe(3);
  });
});

describe("closestWords", () => {
  const vocabulary = new Set(["jealous", "joyous", "grateful", "appreciation", "sad", "mad", "bad"]);

  it("corrects longer words towards known ones", () => {
    expect(closestWords("jelous", vocabulary)).toEqual(["jealous"]);
    expect(closestWords("gratefull", vocabulary)).toEqual(["grateful"]);
    expect(closestWords("apreciaton", vocabulary)).toEqual(["appreciation"]);
  });

  it("leaves short words alone, where one letter is a different word", () => {
    expect(closestWords("sed", vocabulary)).toEqual([]);
  });

  it("finds nothing when no known word is near", () => {
    expect(closestWords("zzqxv", vocabulary)).toEqual([]);
  });
});
