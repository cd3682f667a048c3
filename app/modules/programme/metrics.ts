import { SECTORS } from "../taxonomy";
import { METRICS } from "./kpi";
import type { Locale } from "../i18n";

// The metrics a target may be set for: the five programme figures and one share per sector.
export const SECTOR_IDS: string[] = SECTORS.map((s) => s.id);
export const TARGET_METRICS: string[] = [...METRICS, ...SECTOR_IDS.map((s) => `sector:${s}`)];

export function sectorLabel(id: string, locale: Locale): string {
  const s = SECTORS.find((x) => x.id === id);
  return s ? s.labels[locale] : id;
}

/** The five headline figures, in the order every table and chart lists them (console and publication). */
export const HEADLINE = ["firms", "certified", "mncSuppliers", "meetings", "outcomes"] as const;
