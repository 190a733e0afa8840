import { useMutation, useQuery } from "@tanstack/react-query";
import { ApiFailure } from "../api/client.ts";
import { keys } from "../data/keys.ts";
import { deleteAccount, fetchExport, importExport } from "./api.ts";
import { downloadExport } from "./download.ts";

/** Everything that is mine, for the printable page. */
export const useExport = () => useQuery({ queryKey: keys.myData, queryFn: fetchExport, staleTime: 0 });

/** Fetches the export and hands it to the browser as a JSON file. */
export const useDownload = () => useMutation({ mutationFn: async () => downloadExport(await fetchExport()) });

/** The message an import shows when it worked: what came in, and what was kept as it was. */
export const importedText = (r: Awaited<ReturnType<typeof importExport>>) =>
  `Brought in ${r.checkins} check-ins${r.skippedCheckins ? ` (${r.skippedCheckins} days you had already checked in here were kept as they are)` : ""}, ${r.readiness} Readiness results and your practice history.`;

/** Brings in an export file from another Attune server. */
export const useImport = () =>
  useMutation({
    mutationFn: async (file: File) => {
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        throw new ApiFailure(0, "not_json", "That file isn't an Attune export (it isn't JSON).");
      }
      return importedText(await importExport(data));
    },
  });

/** Deletes the account, then leaves with a full reload. */
export const useDeleteAccount = () =>
  useMutation({
    mutationFn: deleteAccount,
    // A full reload, not an in-app step: nothing of the deleted account stays in this
    // tab's memory, and no screen still open can race the sign-out.
    onSuccess: () => window.location.replace("/login?deleted=1"),
  });
