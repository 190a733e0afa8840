/**
 * The Relationship Readiness Test: items, the privacy note, answer and result schemas,
 * scoring with bands and growth exercises, and Cronbach's alpha for checking the scales.
 */
export {
  READINESS_BANDS,
  STEADY_FROM,
  STRONG_FROM,
  SUBSCALES,
  SUBSCALE_IDS,
  bandFor,
  type Band,
  type Subscale,
  type SubscaleId,
} from "./subscales.ts";
export { READINESS_PRIVACY_NOTE, READINESS_ITEMS, READINESS_VERSION, READINESS_SCALE, itemsInOrder, type ReadinessItem } from "./items.ts";
export { GROWTH_EXERCISES } from "./growth.ts";
export {
  answersBody,
  bandSchema,
  readinessResultSchema,
  readinessResultView,
  readinessShareBody,
  subscaleIdSchema,
  subscaleResultSchema,
  type ReadinessAnswers,
  type ReadinessResult,
  type ReadinessResultView,
  type SubscaleResult,
} from "./schema.ts";
export { MEASUREMENT_GAP, keyedValue, scoreReadiness } from "./score.ts";
export { cronbachAlpha } from "./alpha.ts";
export { iccAgreement, ordinalOmega, polychoric, reliabilityReport, type ReliabilityRow } from "./reliability.ts";
