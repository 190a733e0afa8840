import { describe, expect, it } from "vitest";
import { matchPath, safeNext } from "./router.tsx";

describe("matchPath", () => {
  it.each([
    ["/", "/", {}],
    ["/partner", "/partner", {}],
    ["/partner", "/partner/", {}],
    ["/invite/:code", "/invite/K7QM2RPX", { code: "K7QM2RPX" }],
    ["/invite/:code", "/invite/a%20b", { code: "a b" }],
    ["/a/:x/b/:y", "/a/1/b/2", { x: "1", y: "2" }],
  ])("%s matches %s", (pattern, path, params) => {
    expect(matchPath(pattern, path)).toEqual(params);
  });

  it.each([
    ["/", "/partner"],
    ["/partner", "/account"],
    ["/invite/:code", "/invite"],
    ["/invite/:code", "/invite/ABC/extra"],
    ["/invite/:code", "/invite/%E0%A4%A"],
  ])("%s does not match %s", (pattern, path) => {
    expect(matchPath(pattern, path)).toBeNull();
  });
});

describe("safeNext (no open redirects after log-in)", () => {
  it.each([
    ["/invite/K7QM2RPX", "/invite/K7QM2RPX"],
    ["/account?tab=1", "/account?tab=1"],
    [null, "/"],
    ["", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
  ])("%j → %s", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
