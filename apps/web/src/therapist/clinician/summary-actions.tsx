import { useMutation } from "@tanstack/react-query";
import { Button } from "../../ui/button.tsx";
import { ErrorNotice } from "../../ui/load-error.tsx";
import { clientSummaryJson } from "../api.ts";
import type { DayRange } from "../range.ts";

/** Saves the summary as a JSON file on this device (the server logs the download). */
function saveJson(data: unknown, name: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Print (the browser's "Save as PDF" makes a file) and JSON download. */
export function SummaryActions({ grantId, range }: { grantId: string; range: DayRange }) {
  const download = useMutation({
    mutationFn: () => clientSummaryJson(grantId, range.from, range.to),
    onSuccess: (data) => saveJson(data, `attune-summary-${range.from}-to-${range.to}.json`),
  });
  return (
    <div className="stack no-print">
      <div className="actions">
        <Button onClick={() => window.print()}>Print</Button>
        <Button variant="secondary" busy={download.isPending} busyLabel="Preparing…" onClick={() => download.mutate()}>
          Download JSON
        </Button>
      </div>
      <p className="muted">To keep a PDF, choose "Save as PDF" as the printer in your browser's print dialog; the page prints without menus or buttons.</p>
      <ErrorNotice error={download.error} />
    </div>
  );
}
