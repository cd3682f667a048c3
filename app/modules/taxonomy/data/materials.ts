import type { ConceptInput } from "../types";

/** Materials (first slice; grown below). */
export const MATERIALS: ConceptInput[] = [
  {
    id: "steel", broad: true,
    vi: "Thép", en: "Steel", ja: "鋼材",
    synonyms: ["thép", "sắt thép", "steel", "鋼", "鉄鋼"],
  },
  {
    id: "carbon-steel", parents: ["steel"],
    vi: "Thép carbon", en: "Carbon steel", ja: "炭素鋼",
    synonyms: ["thép cacbon", "thép carbon", "thép thường", "carbon steel", "mild steel", "low carbon steel", "炭素鋼"],
  },
  {
    id: "stainless-steel", parents: ["steel"],
    vi: "Thép không gỉ (inox)", en: "Stainless steel", ja: "ステンレス鋼",
    synonyms: ["inox", "thép không gỉ", "thép không rỉ", "stainless steel", "stainless", "SUS", "ステンレス"],
  },
];
