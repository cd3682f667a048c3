// Why a buyer marked a suggested supplier "not relevant". The same closed set is checked by the
// match_dismissals table (db/migrations/2026-11-23-05-matching.ts); add codes with a migration.
export const DISMISS_REASONS = [
  "missing_certificate",
  "wrong_process",
  "wrong_material",
  "too_small",
  "price",
  "already_supplier",
  "other",
] as const;

export type DismissReason = (typeof DISMISS_REASONS)[number];
