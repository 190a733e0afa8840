import { z } from "zod";
import shipped from "./help-resources.json" with { type: "json" };

/**
 * Help services shown where someone may be unsafe: the safety stop of guided repair, the
 * private check before conflict work, and the public /help page. Every entry is a real
 * service checked against a public source on a stated day (help-resources.SOURCES.md says
 * what each source confirmed); an operator replaces or extends the list with a file of the
 * same shape (HELP_RESOURCES_FILE, docs/safety.md).
 */
export const HELP_KINDS = ["abuse", "crisis", "own_behaviour", "emergency"] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

/** "International": shown to everyone, and first to someone whose country we do not cover. */
export const INTERNATIONAL = "INTL";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dialable = z.string().regex(/^\+?[0-9]{2,15}$/, "A dialable number: digits, optionally after +.");
const https = z.url().refine((u) => u.startsWith("https://"), "Links people open must use https.");
// Words that only an unfinished entry would hold: no placeholder may ever reach a person.
const UNFINISHED = /placeholder|\btodo\b|\btbd\b|example\.(com|org)|\bx{3,}\b|\[|\]/i;

export const helpResourceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Ids are kebab-case."),
    country: z.string().regex(/^([A-Z]{2}|INTL)$/, 'An ISO 3166-1 alpha-2 code such as "GB", or "INTL".'),
    name: z.string().trim().min(3).max(120),
    kinds: z.array(z.enum(HELP_KINDS)).min(1),
    about: z.string().trim().min(10).max(300),
    phone: z.strictObject({ display: z.string().trim().min(2).max(80), tel: dialable }).optional(),
    text: z.strictObject({ display: z.string().trim().min(2).max(120), number: dialable, body: z.string().max(40).optional() }).optional(),
    chat: https.optional(),
    web: https.optional(),
    hours: z.string().trim().min(2).max(120).optional(),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).optional(),
    source: z.strictObject({ url: z.url(), title: z.string().trim().min(3).max(200) }),
    checkedOn: z.string().regex(DAY, "The day the entry was checked, YYYY-MM-DD."),
  })
  .refine((r) => r.phone !== undefined || r.text !== undefined || r.chat !== undefined || r.web !== undefined, {
    message: "Give at least one real way to reach the service: phone, text, chat or web.",
  })
  .refine((r) => !UNFINISHED.test([r.name, r.about, r.phone?.display ?? "", r.text?.display ?? "", r.hours ?? ""].join(" ")), {
    message: "This entry reads like a placeholder; only real, checked services may be listed.",
  });
export type HelpResource = z.infer<typeof helpResourceSchema>;

export const helpDirectorySchema = z
  .strictObject({
    checked: z.string().regex(DAY),
    /** For an operator's file: "extend" (default) adds to and overrides ours by id; "replace" uses only theirs. */
    mode: z.enum(["extend", "replace"]).optional(),
    resources: z.array(helpResourceSchema).min(1),
  })
  .refine((d) => new Set(d.resources.map((r) => r.id)).size === d.resources.length, { message: "Each resource id once." });
export type HelpDirectory = z.infer<typeof helpDirectorySchema>;

/** The list that ships, checked when the module loads: a bad entry fails every test and every start. */
export const HELP_DIRECTORY: HelpDirectory = helpDirectorySchema.parse(shipped);

/** An operator's list merged into ours (or replacing it). */
export function mergeDirectories(base: HelpDirectory, operator: HelpDirectory): HelpDirectory {
  if (operator.mode === "replace") return { checked: operator.checked, resources: operator.resources };
  const theirs = new Map(operator.resources.map((r) => [r.id, r]));
  const kept = base.resources.filter((r) => !theirs.has(r.id));
  // biome-ignore lint/complexity/useMathMinMax: ISO dates compared as strings, not numbers
  const checked = operator.checked > base.checked ? operator.checked : base.checked;
  return { checked, resources: [...kept, ...operator.resources] };
}

/** Names of the countries the shipped list covers, for the country picker. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  US: "United States",
  GB: "United Kingdom",
  IE: "Ireland",
  CA: "Canada",
  AU: "Australia",
  NZ: "New Zealand",
  DE: "Germany",
  FR: "France",
  ES: "Spain",
  IN: "India",
  ZA: "South Africa",
  INTL: "Another country",
};

export const countryCodeSchema = z.string().regex(/^([A-Z]{2}|INTL)$/, 'A two-letter country code such as "GB".');

/**
 * A first guess at the person's country from the browser's languages ("en-GB" → "GB"),
 * for them to confirm; INTL when no language names a region we cover.
 */
export function countryFromLocales(locales: readonly string[], covered: ReadonlySet<string>): string {
  for (const locale of locales) {
    const region = locale
      .split(/[-_]/)
      .slice(1)
      .find((part) => /^[A-Za-z]{2}$/.test(part))
      ?.toUpperCase();
    if (region !== undefined && covered.has(region)) return region;
  }
  return INTERNATIONAL;
}

/** The order services are listed in: where to turn about a partner first, then a crisis line, then 999-style numbers. */
const KIND_ORDER: readonly HelpKind[] = ["abuse", "crisis", "emergency", "own_behaviour"];
const rank = (r: HelpResource) => Math.min(...r.kinds.map((k) => KIND_ORDER.indexOf(k)));

export interface HelpForCountry {
  country: string;
  /** The country's own services, in the order to show them (empty for INTL or an uncovered country). */
  local: HelpResource[];
  /** Worldwide services and "your local emergency number", for everyone. */
  international: HelpResource[];
  /** Every country the list covers, for "other countries". */
  countries: string[];
}

export function helpFor(directory: HelpDirectory, country: string): HelpForCountry {
  const byRank = (a: HelpResource, b: HelpResource) => rank(a) - rank(b);
  const countries = [...new Set(directory.resources.map((r) => r.country))].filter((c) => c !== INTERNATIONAL).sort();
  return {
    country,
    local: country === INTERNATIONAL ? [] : directory.resources.filter((r) => r.country === country).sort(byRank),
    international: directory.resources.filter((r) => r.country === INTERNATIONAL).sort(byRank),
    countries,
  };
}

/** What GET /api/help answers. */
export const helpView = z.object({
  country: z.string(),
  local: z.array(helpResourceSchema),
  international: z.array(helpResourceSchema),
  countries: z.array(z.string()),
  countryNames: z.record(z.string(), z.string()),
  checked: z.string(),
});
export type HelpView = z.infer<typeof helpView>;
