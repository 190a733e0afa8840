import { describe, expect, it } from "vitest";
import { firstInPage } from "./first-in-page.ts";

// Stand-ins for DOM nodes: each knows its place in the page, and answers
// compareDocumentPosition as a browser does (2: the other node comes before me; 4: after).
const at = (place: number, name: string) => ({
  name,
  place,
  compareDocumentPosition(other: { place: number }) {
    return other.place < place ? 2 : 4;
  },
});

describe("the first field in the page", () => {
  it("is the one earliest in the page, whatever order the errors came in", () => {
    const email = at(1, "email");
    const name = at(0, "name");
    const password = at(2, "password");
    expect(firstInPage([password, email, name])?.name).toBe("name");
    expect(firstInPage([email, password])?.name).toBe("email");
  });
  it("is nothing when no field is shown", () => {
    expect(firstInPage([])).toBeUndefined();
  });
});
