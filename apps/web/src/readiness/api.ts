import { readinessResultView, type ReadinessAnswers, type ReadinessResultView } from "@attune/shared";
import { z } from "zod";
import { call, callVoid } from "../api/client.ts";

/** The readiness endpoints, typed by the shared schemas. */

const enc = encodeURIComponent;
const resultList = z.object({ results: z.array(readinessResultView) });
const partnerList = z.object({ linked: z.boolean(), results: z.array(readinessResultView) });
export type PartnerResults = z.infer<typeof partnerList>;

/** Mine, newest first. */
export const fetchResults = async (): Promise<ReadinessResultView[]> => (await call("GET", "/api/readiness/results", resultList)).results;
export const submitAnswers = (answers: ReadinessAnswers): Promise<ReadinessResultView> => call("POST", "/api/readiness/results", readinessResultView, answers);
export const setShared = (id: string, sharedWithPartner: boolean): Promise<ReadinessResultView> =>
  call("PATCH", `/api/readiness/results/${enc(id)}`, readinessResultView, { sharedWithPartner });
export const deleteResult = (id: string): Promise<void> => callVoid("DELETE", `/api/readiness/results/${enc(id)}`);
/** What my partner chose to share with me. */
export const fetchPartnerResults = (): Promise<PartnerResults> => call("GET", "/api/readiness/partner", partnerList);
