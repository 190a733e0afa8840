import type { TherapistSummaryView } from "@attune/shared";
import type { ReactNode } from "react";
import type { ExcludableKind } from "../api.ts";

export type Summary = TherapistSummaryView;

/** On the couple's own view, a "Hide from therapist" control for one entry; absent for the therapist. */
export type HideControl = ((kind: ExcludableKind, entryId: string, what: string) => ReactNode) | undefined;

/** A partner's first name by id, for the summary's own people. */
export const nameIn = (summary: Summary) => (personId: string) => summary.partners.find((p) => p.id === personId)?.displayName ?? "A partner";

export const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
export const level = (mean: number | null) => (mean === null ? "—" : mean.toFixed(1));
