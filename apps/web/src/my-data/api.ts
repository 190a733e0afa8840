import { importResult, myDataExport, type ImportResult, type MyDataExport } from "@attune/shared";
import { call, callVoid } from "../api/client.ts";

export type { MyDataExport };
export const fetchExport = () => call("GET", "/api/me/export", myDataExport);
export const deleteAccount = (password: string) => callVoid("POST", "/api/me/delete", { password });
export const importExport = (data: unknown): Promise<ImportResult> => call("POST", "/api/me/import", importResult, data);
