import { AUDIENCES, DEPTHS, LIBRARY_KINDS, LIBRARY_TOPICS, type LibraryFilters } from "@attune/shared";

/** The filter form's values; "" means "any". Strings, because they come from <select>s. */
export interface FilterValues {
  kind: string;
  depth: string;
  length: string;
  for: string;
  topic: string;
  saved: boolean;
}

export const NO_FILTERS: FilterValues = { kind: "", depth: "", length: "", for: "", topic: "", saved: false };

export const LENGTHS: Record<string, { label: string; min?: number; max?: number }> = {
  short: { label: "Up to 2 minutes", max: 2 },
  few: { label: "3 to 5 minutes", min: 3, max: 5 },
  ten: { label: "6 to 10 minutes", min: 6, max: 10 },
  long: { label: "More than 10 minutes", min: 11 },
};

const pick = <T extends string>(list: readonly T[], value: string): T | undefined => list.find((x) => x === value);

/** The form's values as `searchLibrary` filters; unknown values are ignored. */
export function toLibraryFilters(v: FilterValues): LibraryFilters {
  const kind = pick(LIBRARY_KINDS, v.kind);
  const depth = pick(DEPTHS, v.depth);
  const audience = pick(AUDIENCES, v.for);
  const topic = pick(LIBRARY_TOPICS, v.topic);
  const length = LENGTHS[v.length];
  return {
    ...(kind ? { kind } : {}),
    ...(depth ? { depth } : {}),
    ...(audience ? { for: audience } : {}),
    ...(topic ? { topic } : {}),
    ...(length?.min !== undefined ? { minMinutes: length.min } : {}),
    ...(length?.max !== undefined ? { maxMinutes: length.max } : {}),
  };
}

export const hasFilters = (v: FilterValues) => v.saved || v.kind !== "" || v.depth !== "" || v.length !== "" || v.for !== "" || v.topic !== "";
