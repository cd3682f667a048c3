// Where Hanoi's supporting-industry firms sit: the city's industrial zones (KCN) and industrial
// clusters (CCN) with the locality each lies in, plus street addresses for the many small firms
// that work outside any zone. `commune` holds the locality as firms still write it (since the
// 2025 reform many communes carry the name of the former district: xã Đông Anh, xã Mê Linh ...).
// The tables are data (places.json), checked against these types as they are read.
import { z } from "zod";
import places from "./places.json";

export interface Zone {
  name: string;
  commune: string;
  /** Relative number of demo firms placed here. */
  weight: number;
  /** How plots are numbered in this zone. */
  plot: "lot" | "cn" | "letter";
}

/** Streets and villages for firms outside any zone, by locality. */
export interface StreetGroup {
  commune: string;
  streets: string[];
  weight: number;
}

const zone: z.ZodType<Zone> = z.object({
  name: z.string(),
  commune: z.string(),
  weight: z.number(),
  plot: z.enum(["lot", "cn", "letter"]),
});
const streetGroup: z.ZodType<StreetGroup> = z.object({
  commune: z.string(),
  streets: z.array(z.string()),
  weight: z.number(),
});

export const ZONES: Zone[] = z.array(zone).parse(places.zones);
export const STREETS: StreetGroup[] = z.array(streetGroup).parse(places.streets);
