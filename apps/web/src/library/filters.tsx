import { AUDIENCES, DEPTHS, LIBRARY_KINDS, LIBRARY_TOPICS } from "@attune/shared";
import { Button } from "../ui/button.tsx";
import { FilterSelect, optionsOf } from "./filter-select.tsx";
import { hasFilters, LENGTHS, NO_FILTERS, type FilterValues } from "./filter-values.ts";
import { AUDIENCE_LABELS, DEPTH_LABELS, KIND_LABELS, topicLabel } from "./labels.ts";

/** Native selects and a checkbox in a labelled group: keyboard and screen-reader friendly as they come. */
export function Filters({ values, onChange }: { values: FilterValues; onChange(next: FilterValues): void }) {
  const set = (key: Exclude<keyof FilterValues, "saved">) => (v: string) => onChange({ ...values, [key]: v });
  return (
    <fieldset className="lib-filters">
      <legend className="field__label">Filter</legend>
      <div className="lib-filters__grid">
        <FilterSelect label="Kind" value={values.kind} onValue={set("kind")} options={optionsOf("Any kind", LIBRARY_KINDS, (k) => KIND_LABELS[k])} />
        <FilterSelect label="Depth" value={values.depth} onValue={set("depth")} options={optionsOf("Any depth", DEPTHS, (d) => DEPTH_LABELS[d])} />
        <FilterSelect
          label="Length"
          value={values.length}
          onValue={set("length")}
          options={optionsOf("Any length", Object.keys(LENGTHS), (k) => LENGTHS[k]?.label ?? k)}
        />
        <FilterSelect label="Who it's for" value={values.for} onValue={set("for")} options={optionsOf("Either", AUDIENCES, (a) => AUDIENCE_LABELS[a])} />
        <FilterSelect label="Topic" value={values.topic} onValue={set("topic")} options={optionsOf("Any topic", LIBRARY_TOPICS, topicLabel)} />
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
