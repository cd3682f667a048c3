import type { ConceptInput } from "../types";

/** Product families (first slice; grown below). */
export const PRODUCTS: ConceptInput[] = [
  {
    id: "bracket", sector: "mechanical",
    vi: "Giá đỡ, pát kim loại", en: "Brackets", ja: "ブラケット",
    synonyms: ["giá đỡ", "pát", "pát kim loại", "bát kim loại", "brackets", "metal brackets", "mounting bracket", "ブラケット", "金具"],
  },
];
