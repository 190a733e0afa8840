import type { MyDataExport } from "./api.ts";

/** Saves the export as a file on this device; nothing else is sent anywhere. */
export function downloadExport(data: MyDataExport): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `attune-export-${data.exportedAt.slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the data URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
