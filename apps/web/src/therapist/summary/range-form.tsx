import { summaryRangeQuery } from "@attune/shared";
import { Button } from "../../ui/button.tsx";
import { Field } from "../../ui/field.tsx";
import { Notice } from "../../ui/notice.tsx";
import { useZodForm } from "../../ui/zod-form.ts";
import type { DayRange } from "../range.ts";

// The range must also run forwards; the server caps it at a year.
const rangeForm = summaryRangeQuery.refine((r) => r.from <= r.to, { path: ["to"], message: "The last day comes after the first." });

/** From and to days (both inclusive) for a summary. */
export function RangeForm({ range, onRange }: { range: DayRange; onRange(next: DayRange): void }) {
  const form = useZodForm({ from: range.from, to: range.to }, rangeForm, async (next) => onRange(next));
  return (
    <form className="th-range no-print" onSubmit={form.onSubmit} noValidate aria-label="Date range">
      <Field label="From" type="date" {...form.bind("from")} />
      <Field label="To" type="date" {...form.bind("to")} />
      <Notice tone="error">{form.formError}</Notice>
      <Button type="submit" variant="secondary">
        Show these weeks
      </Button>
    </form>
  );
}
