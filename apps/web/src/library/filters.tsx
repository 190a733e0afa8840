import { AUDIENCES, DEPTHS, LIBRARY_KINDS, LIBRARY_TOPICS, type LibraryFilters } from "@attune/shared";
import { useId } from "react";
import { Button } from "../ui/button.tsx";
import { AUDIENCE_LABELS, DEPTH_LABELS, KIND_LABELS, topicLabel } from "./labels.ts";

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

const LENGTHS: Record<string, { label: string; min?: number; max?: number }> = {
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

function Select({ label, value, onValue, options }: { label: string; value: string; onValue(v: string): void; options: [string, string][] }) {
  const id = useId();
  return (
    <div className="field lib-filter">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onValue(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Native selects and a checkbox in a labelled group: keyboard and screen-reader friendly as they come. */
export function Filters({ values, onChange }: { values: FilterValues; onChange(next: FilterValues): void }) {
  const set = (key: Exclude<keyof FilterValues, "saved">) => (v: string) => onChange({ ...values, [key]: v });
  return (
    <fieldset className="lib-filters">
      <legend className="field__label">Filter</legend>
      <div className="lib-filters__grid">
        <Select
          label="Kind"
          value={values.kind}
          onValue={set("kind")}
          options={[["", "Any kind"], ...LIBRARY_KINDS.map((k): [string, string] => [k, KIND_LABELS[k]])]}
        />
        <Select
          label="Depth"
          value={values.depth}
          onValue={set("depth")}
          options={[["", "Any depth"], ...DEPTHS.map((d): [string, string] => [d, DEPTH_LABELS[d]])]}
        />
        <Select
          label="Length"
          value={values.length}
          onValue={set("length")}
          options={[["", "Any length"], ...Object.entries(LENGTHS).map(([k, l]): [string, string] => [k, l.label])]}
        />
        <Select
          label="Who it's for"
          value={values.for}
          onValue={set("for")}
          options={[["", "Either"], ...AUDIENCES.map((a): [string, string] => [a, AUDIENCE_LABELS[a]])]}
        />
        <Select
          label="Topic"
          value={values.topic}
          onValue={set("topic")}
          options={[["", "Any topic"], ...LIBRARY_TOPICS.map((t): [string, string] => [t, topicLabel(t)])]}
        />
      </div>
      <div className="actions">
        <label className="lib-check">
          <input type="checkbox" checked={values.saved} onChange={(e) => onChange({ ...values, saved: e.target.checked })} /> Only my favourites
        </label>
        {hasFilters(values) ? (
          <Button variant="quiet" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
