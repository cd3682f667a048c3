// Kinds of firm found in Hanoi's supporting industry. Each demo supplier is drawn from one kind,
// which keeps its profile coherent: a die-casting shop lists ADC12 and housings or heat sinks,
// never denim. Weights give the sector spread (mechanical largest, as in the city's programme).
// The kinds are data (archetypes.json), grouped by sector; as they are read, every process,
// material, product and certificate they name is checked to be a key of the seed vocabulary.
import { z } from "zod";
import archetypes from "./archetypes.json";
import { CERTIFICATIONS, type CertKey } from "./certifications";
import { MATERIALS, PROCESSES, PRODUCTS } from "./vocabulary";
import type { MaterialKey, ProcessKey, ProductKey } from "./vocabulary";

export type SectorId = "mechanical" | "electronics" | "textile-footwear" | "plastics-rubber" | "packaging";

export interface Archetype {
  key: string;
  sector: SectorId;
  weight: number;
  /** Trade words for the firm name: "Công ty TNHH {vi} Hưng Thịnh" / "Hung Thinh {en} Co., Ltd". */
  trade: { vi: string; en: string }[];
  /** Every firm of this kind lists all of these. */
  core: ProcessKey[];
  /** Each firm lists some of these as well. */
  extra: ProcessKey[];
  materials: MaterialKey[];
  products: ProductKey[];
  /** Chance that a firm of this kind holds each certificate. */
  certs: Partial<Record<CertKey, number>>;
  employees: [number, number];
}

/** One of the keys of a table of the seed vocabulary. */
const keyOf = <K extends string>(table: Record<K, unknown>) => z.enum(Object.keys(table) as [K, ...K[]]);

const archetype: z.ZodType<Archetype> = z.object({
  key: z.string(),
  sector: z.enum(["mechanical", "electronics", "textile-footwear", "plastics-rubber", "packaging"]),
  weight: z.number(),
  trade: z.array(z.object({ vi: z.string(), en: z.string() })),
  core: z.array(keyOf(PROCESSES)),
  extra: z.array(keyOf(PROCESSES)),
  materials: z.array(keyOf(MATERIALS)),
  products: z.array(keyOf(PRODUCTS)),
  certs: z.record(keyOf(CERTIFICATIONS), z.number()),
  employees: z.tuple([z.number(), z.number()]),
});

export const ARCHETYPES: Archetype[] = z.array(archetype).parse(archetypes.archetypes);

export const SECTOR_TEXT: Record<SectorId, { vi: string; en: string }> = archetypes.sectorText;
