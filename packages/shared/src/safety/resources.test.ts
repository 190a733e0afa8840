import { describe, expect, it } from "vitest";
import { LIBRARY_ITEMS } from "../library/index.ts";
import { NOT_STARTED, PRIVATE_HELP } from "./texts.ts";
import { needsSafetyCheck } from "./conflict-work.ts";
import {
  COUNTRY_NAMES,
  HELP_DIRECTORY,
  INTERNATIONAL,
  countryFromLocales,
  helpDirectorySchema,
  helpFor,
  mergeDirectories,
  type HelpResource,
} from "./resources.ts";

/** Countries the list must cover, each with somewhere to turn about abuse and an emergency number. */
const REQUIRED = ["US", "GB", "IE", "CA", "AU", "NZ", "DE", "FR", "ES", "IN", "ZA"];

const contactsOf = (r: HelpResource) => [r.phone?.tel, r.text?.number, r.chat, r.web].filter((c) => c !== undefined);

describe("help resources", () => {
  it("covers every required country with an abuse service and an emergency number, and a worldwide fallback", () => {
    for (const country of [...REQUIRED, INTERNATIONAL]) {
      const here = HELP_DIRECTORY.resources.filter((r) => r.country === country);
      expect(
        here.some((r) => r.kinds.includes("abuse")),
        `${country} abuse`,
      ).toBe(true);
      expect(
        here.some((r) => r.kinds.includes("emergency")),
        `${country} emergency`,
      ).toBe(true);
      expect(COUNTRY_NAMES[country], country).toBeDefined();
    }
    expect(HELP_DIRECTORY.resources.filter((r) => r.country === INTERNATIONAL).some((r) => r.web !== undefined)).toBe(true);
  });

  it("gives every entry a real contact, a public source and the day it was checked", () => {
    expect(HELP_DIRECTORY.resources.length).toBeGreaterThanOrEqual(REQUIRED.length * 2);
    for (const r of HELP_DIRECTORY.resources) {
      expect(contactsOf(r).length, r.id).toBeGreaterThan(0);
      expect(r.source.url, r.id).toMatch(/^https?:\/\/[^/]+\.[a-z]{2,}/);
      expect(Date.parse(r.checkedOn), r.id).not.toBeNaN();
      expect(Date.parse(r.checkedOn), r.id).toBeLessThanOrEqual(Date.now());
      if (r.phone) expect(r.phone.tel.replace(/\D/g, "").length, r.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("lists the widely published numbers exactly as published", () => {
    const tel = (id: string) => HELP_DIRECTORY.resources.find((r) => r.id === id)?.phone?.tel;
    expect(tel("us-ndvh")).toBe("+18007997233");
    expect(HELP_DIRECTORY.resources.find((r) => r.id === "us-ndvh")?.text).toMatchObject({ number: "88788", body: "START" });
    expect(tel("us-988")).toBe("988");
    expect(tel("gb-ndah")?.replace(/\D/g, "")).toMatch(/8082000247$/);
    expect(tel("au-1800respect")?.replace(/\D/g, "")).toMatch(/1800737732$/);
    expect(tel("ie-womens-aid")?.replace(/\D/g, "")).toMatch(/1800341900$/);
    expect(tel("de-hilfetelefon")).toBe("116016");
  });

  it("refuses an unfinished entry, an entry without contact, source or date, and an insecure link", () => {
    const good = HELP_DIRECTORY.resources[0]!;
    const bad: unknown[] = [
      { ...good, name: "National helpline (TBD)" },
      { ...good, phone: { display: "0800 XXX XXXX", tel: "0800" } },
      { ...good, name: "TODO: the national line" },
      { ...good, phone: undefined, text: undefined, chat: undefined, web: undefined },
      { ...good, source: undefined },
      { ...good, checkedOn: undefined },
      { ...good, checkedOn: "soon" },
      { ...good, web: "http://insecure.example.org" },
      { ...good, phone: { display: "call us", tel: "call-us" } },
    ];
    for (const entry of bad)
      expect(helpDirectorySchema.safeParse({ checked: "2026-12-04", resources: [entry] }).success, JSON.stringify(entry).slice(0, 80)).toBe(false);
  });

  it("lists a country's services first, abuse first, with the worldwide ones beside them", () => {
    const gb = helpFor(HELP_DIRECTORY, "GB");
    expect(gb.local.length).toBeGreaterThan(0);
    expect(gb.local.every((r) => r.country === "GB")).toBe(true);
    expect(gb.local[0]?.kinds).toContain("abuse");
    expect(gb.international.every((r) => r.country === INTERNATIONAL)).toBe(true);
    expect(gb.countries).toEqual(expect.arrayContaining(REQUIRED));
    expect(helpFor(HELP_DIRECTORY, "BR").local).toEqual([]);
  });

  it("lets an operator extend (overriding by id) or replace the list", () => {
    const local: HelpResource = { ...HELP_DIRECTORY.resources[0]!, id: "xx-local", country: "PT", name: "A local service" };
    const renamed: HelpResource = { ...HELP_DIRECTORY.resources[0]!, name: "Renamed by the operator" };
    const extended = mergeDirectories(HELP_DIRECTORY, { checked: "2026-12-05", resources: [local, renamed] });
    expect(extended.resources).toHaveLength(HELP_DIRECTORY.resources.length + 1);
    expect(extended.resources.find((r) => r.id === renamed.id)?.name).toBe("Renamed by the operator");
    expect(mergeDirectories(HELP_DIRECTORY, { checked: "2026-12-05", mode: "replace", resources: [local] }).resources).toEqual([local]);
  });

  it("guesses the country from the browser's languages, and falls back to the worldwide list", () => {
    const covered = new Set(REQUIRED);
    expect(countryFromLocales(["en-GB", "en"], covered)).toBe("GB");
    expect(countryFromLocales(["de", "de-DE"], covered)).toBe("DE");
    expect(countryFromLocales(["zh-Hant-TW", "en-NZ"], covered)).toBe("NZ");
    expect(countryFromLocales(["pt-BR"], covered)).toBe(INTERNATIONAL);
    expect(countryFromLocales([], covered)).toBe(INTERNATIONAL);
  });
});

describe("the safety layer's words", () => {
  it("says the same neutral thing to both partners, naming nobody and no reason", () => {
    const text = [NOT_STARTED.title, NOT_STARTED.intro, ...NOT_STARTED.tips].join(" ");
    expect(text).not.toMatch(/\b(safe|safety|afraid|fear|concern|abuse|danger|answered yes|your partner said)\b/i);
    expect(NOT_STARTED.again("tomorrow at 09:00")).toContain("tomorrow at 09:00");
  });

  it("tells the concerned person, privately, that nothing was shared or saved", () => {
    const text = [PRIVATE_HELP.intro, ...PRIVATE_HELP.tips].join(" ");
    expect(text).toMatch(/not been shared/);
    expect(text).toMatch(/not saved/);
    expect(text).toMatch(/emergency/);
  });
});

describe("conflict work in the library", () => {
  it("puts the private check before every repair script, every conflict practice and the named vulnerability work", () => {
    const checked = LIBRARY_ITEMS.filter(needsSafetyCheck).map((i) => i.id);
    for (const id of ["understanding-their-anger", "what-sets-off-my-alarm", "sharing-a-sore-spot", "tell-it-from-their-side", "repair-taking-a-break"])
      expect(checked).toContain(id);
    expect(checked.length).toBeLessThan(LIBRARY_ITEMS.length / 2);
    expect(LIBRARY_ITEMS.filter((i) => i.kind === "celebration").some(needsSafetyCheck)).toBe(false);
  });
});
