import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("SMTP settings", () => {
  it("are off by default, so reset codes come from the operator", () => {
    expect(loadConfig({}).smtp).toBeUndefined();
  });

  it("need MAIL_FROM and PUBLIC_ORIGIN beside SMTP_URL (a reset link must not follow a forged Host header)", () => {
    expect(() => loadConfig({ SMTP_URL: "smtp://mail.example:587" })).toThrow(/SMTP_URL and MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: "smtp://mail.example:587", MAIL_FROM: "Attune <a@example.org>" })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => loadConfig({ SMTP_URL: "http://mail.example", MAIL_FROM: "a@example.org", PUBLIC_ORIGIN: "https://attune.example" })).toThrow(/SMTP_URL/);
    expect(loadConfig({ SMTP_URL: "smtps://u:p@mail.example:465", MAIL_FROM: "Attune <a@example.org>", PUBLIC_ORIGIN: "https://attune.example" }).smtp).toEqual(
      {
        url: "smtps://u:p@mail.example:465",
        from: "Attune <a@example.org>",
      },
    );
  });
});

describe("PG_POOL_MAX", () => {
  it("defaults to 10 connections and reads the operator's number", () => {
    expect(loadConfig({}).pgPoolMax).toBe(10);
    expect(loadConfig({ PG_POOL_MAX: "25" }).pgPoolMax).toBe(25);
  });

  it("refuses a value that is not a positive whole number, naming the variable", () => {
    for (const bad of ["0", "-3", "2.5", "lots"]) expect(() => loadConfig({ PG_POOL_MAX: bad })).toThrow(/PG_POOL_MAX/);
  });
});
