/**
 * Code lists shared by the pipeline and the browser. No schema library here: browser modules import
 * these values without pulling valibot and the policy schema (with its editors' fields) into a page.
 */

/** ICE's three 287(g) models. The sheets spell them out; we key them short. */
export const MODELS = ['JEM', 'WSO', 'TFM'] as const;
export type Model = (typeof MODELS)[number];

/** ICE's TYPE column, normalised. 'unknown' where the sheet had no TYPE (the 2025-01 baseline). */
export const AGENCY_TYPES = ['county', 'municipal', 'state', 'unknown'] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];
