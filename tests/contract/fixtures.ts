// Small search documents for the contract suite, built like search/documents.ts builds them from
// the database: each term mapped through the real taxonomy, with its ancestors.
import {
  ancestors,
  certificationId,
  mapTermScored,
  sectorOf,
  type ConceptKind,
} from "../../app/modules/taxonomy/index";
import type { SupplierDoc } from "../../search/engine";

interface Input {
  ref: string;
  name: SupplierDoc["name"];
  description?: SupplierDoc["description"];
  processes?: string[];
  materials?: string[];
  products?: string[];
  certs?: [standard: string, validUntil: string | null][];
  zone?: string;
  verified?: boolean;
  employees?: number;
}

export function supplier(i: Input): SupplierDoc {
  const concepts = new Set<string>();
  const add = (terms: string[], kind: ConceptKind) => {
    for (const t of terms) {
      // As the importer maps them: a phrase of the lexicon, else a near concept (taxonomy/fuzzy.ts).
      const id = mapTermScored(t, kind as "process" | "material" | "product")?.id;
      if (!id) continue;
      concepts.add(id);
      for (const a of ancestors(id)) concepts.add(a);
    }
  };
  add(i.processes ?? [], "process");
  add(i.materials ?? [], "material");
  add(i.products ?? [], "product");
  return {
    ref: i.ref,
    name: i.name,
    description: i.description ?? {},
    processes: i.processes ?? [],
    materials: i.materials ?? [],
    products: i.products ?? [],
    concepts: [...concepts],
    certifications: (i.certs ?? []).map(([standard, validUntil]) => {
      const id = certificationId(standard);
      if (!id) throw new Error(`fixture: unknown certification ${standard}`);
      return { id, standard, validUntil };
    }),
    sector: sectorOf([...concepts]),
    industrialZone: i.zone ?? null,
    commune: null,
    verified: i.verified ?? false,
    employees: i.employees ?? null,
    exportMarkets: [],
  };
}

export const AS_OF = "2026-11-22";

export const FIXTURES: SupplierDoc[] = [
  supplier({
    ref: "T-HANOI",
    name: { vi: "Công ty Cơ khí Hà Nội", en: "Hanoi Mechanical Co." },
    description: { vi: "Đúc áp lực nhôm, nhà máy tại Đà Nẵng." },
    processes: ["đúc áp lực"],
    materials: ["nhôm ADC12"],
    zone: "KCN Thăng Long",
    verified: true,
    employees: 120,
    certs: [["ISO 9001:2015", "2028-01-01"]],
  }),
  supplier({
    ref: "T-DAIPHAT",
    name: { vi: "Công ty TNHH Đại Phát" },
    description: { vi: "Dập kim loại tấm cho ô tô." },
    processes: ["stamping"],
    materials: ["SS400"],
    zone: "KCN Thang Long",
    employees: 40,
    // ISO 14001 without an expiry date: validity unknown, never counted (decision 160)
    certs: [["IATF 16949", "2026-11-21"], ["ISO 14001", null]],
  }),
  supplier({
    ref: "T-PLATING",
    name: { en: "Bright Surface JSC" },
    description: { en: "Electroplating and zinc coating of fasteners." },
    processes: ["electroplating"],
    products: ["M8x1.25 bolts"],
    zone: "CCN Ngọc Hồi",
    employees: 600,
    certs: [["IATF 16949:2016", "2027-06-30"]],
  }),
  supplier({
    ref: "T-EPNHUA",
    name: { vi: "Công ty Nhựa Tiền Phong Bắc" },
    processes: ["ép nhựa"],
    materials: ["nhựa ABS"],
    employees: 300,
  }),
  supplier({
    ref: "T-INJECT",
    name: { en: "Precise Plastics Vietnam" },
    processes: ["injection moulding"],
    materials: ["6061-T6"],
    employees: 80,
  }),
  supplier({
    ref: "T-JAPAN",
    name: { ja: "タナカ精密", en: "Tanaka Hoplite" },
    processes: ["射出成形"],
    employees: 25,
  }),
  supplier({
    ref: "T-PAINT",
    name: { vi: "Sơn Phủ Minh Long" },
    description: { vi: "Sơn tĩnh điện, gia công <b>&amp; hoàn thiện</b>" },
    processes: ["sơn tĩnh điện"],
    employees: 15,
  }),
  supplier({
    ref: "T-BOLT",
    name: { en: "Ha Dong Bolt Works" },
    products: ["bolt"],
    employees: 9,
  }),
];
