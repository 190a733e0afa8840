import { useId } from "react";

/** A select's options: "any" first (the empty value), then each value with its label. */
export const optionsOf = <T extends string>(any: string, values: readonly T[], label: (value: T) => string): [string, string][] => [
  ["", any],
  ...values.map((v): [string, string] => [v, label(v)]),
];

/** One labelled native select of the library's filters. */
export function FilterSelect({ label, value, onValue, options }: { label: string; value: string; onValue(v: string): void; options: [string, string][] }) {
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
