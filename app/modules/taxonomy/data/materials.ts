import type { ConceptInput } from "../types";

/**
 * Materials. Families are `broad` (a buyer asking for EPDM wants EPDM, not any rubber); the
 * grades firms and drawings name (SS400, SUS304, ADC12, PA66…) are children of their family so
 * "thép SS400" maps to the grade and still counts as carbon steel and as steel.
 */
export const MATERIALS: ConceptInput[] = [
  // ───────────── Metals ─────────────
  {
    id: "metal", broad: true,
    vi: "Kim loại", en: "Metals", ja: "金属",
    synonyms: ["metal"],
  },
  {
    id: "steel", broad: true, parents: ["metal"],
    vi: "Thép", en: "Steel", ja: "鋼材",
    synonyms: ["sắt thép", "sắt", "steels", "iron and steel", "鋼", "鉄鋼", "鉄"],
  },
  {
    id: "carbon-steel", parents: ["steel"],
    vi: "Thép carbon", en: "Carbon steel", ja: "炭素鋼",
    synonyms: ["thép cacbon", "thép các bon", "thép thường", "thép đen", "thép CT3", "CT3", "Q235", "A36", "S355", "SS41",
      "mild steel", "low carbon steel", "structural steel grade", "一般構造用圧延鋼", "軟鋼"],
  },
  {
    id: "ss400", parents: ["carbon-steel"],
    vi: "Thép SS400", en: "SS400 steel", ja: "SS400",
    synonyms: ["JIS SS400"],
  },
  {
    id: "s45c", parents: ["carbon-steel"],
    vi: "Thép S45C / C45", en: "S45C / C45 medium-carbon steel", ja: "S45C",
    synonyms: ["C45", "CK45", "AISI 1045", "SAE 1045", "thép C45", "thép S45C", "S50C", "S55C", "機械構造用炭素鋼"],
  },
  {
    id: "cold-rolled-steel", parents: ["carbon-steel"],
    vi: "Thép cán nguội (SPCC)", en: "Cold-rolled steel (SPCC)", ja: "冷間圧延鋼板（SPCC）",
    synonyms: ["SPCC", "SPCD", "SPCE", "thép cán nguội", "tôn cán nguội", "tôn đen", "CRC", "cold rolled steel", "cold-rolled sheet",
      "冷延鋼板"],
  },
  {
    id: "hot-rolled-steel", parents: ["carbon-steel"],
    vi: "Thép cán nóng (SPHC)", en: "Hot-rolled steel (SPHC)", ja: "熱間圧延鋼板（SPHC）",
    synonyms: ["SPHC", "SAPH440", "thép cán nóng", "HRC", "hot rolled steel", "hot-rolled sheet", "熱延鋼板"],
  },
  {
    id: "galvanized-steel", parents: ["steel"],
    vi: "Tôn mạ kẽm", en: "Galvanised steel sheet", ja: "亜鉛めっき鋼板",
    synonyms: ["=tôn", "tôn kẽm", "thép mạ kẽm", "tôn lạnh", "SECC", "SGCC", "SGHC", "GI sheet", "galvanized steel",
      "galvanised steel", "zinc coated steel", "galvalume", "亜鉛鋼板", "電気亜鉛めっき鋼板"],
  },
  {
    id: "alloy-steel", parents: ["steel"],
    vi: "Thép hợp kim", en: "Alloy steel", ja: "合金鋼",
    synonyms: ["thép crom", "SCM440", "SCM435", "SCM415", "42CrMo4", "40Cr", "SNCM439", "AISI 4140", "chromoly", "クロモリ"],
  },
  {
    id: "tool-steel", parents: ["steel"],
    vi: "Thép dụng cụ, thép làm khuôn", en: "Tool and mould steel", ja: "工具鋼・金型用鋼",
    synonyms: ["thép dụng cụ", "thép làm khuôn", "thép khuôn", "thép khuôn mẫu", "tool steel", "mould steel", "die steel", "P20",
      "NAK80", "S136", "DC53", "SKH51", "HSS", "high speed steel", "金型鋼", "工具鋼", "ハイス"],
  },
  {
    id: "skd11", parents: ["tool-steel"],
    vi: "Thép SKD11", en: "SKD11 (D2) cold-work tool steel", ja: "SKD11",
    synonyms: ["SKD 11", "D2 steel", "AISI D2", "Cr12MoV", "DIN 1.2379"],
  },
  {
    id: "skd61", parents: ["tool-steel"],
    vi: "Thép SKD61", en: "SKD61 (H13) hot-work tool steel", ja: "SKD61",
    synonyms: ["SKD 61", "H13", "AISI H13", "DIN 1.2344"],
  },
  {
    id: "spring-steel", parents: ["steel"],
    vi: "Thép lò xo", en: "Spring steel", ja: "ばね鋼",
    synonyms: ["dây thép lò xo", "SUP9", "SUP10", "65Mn", "SWP-A", "SWP-B", "SWC", "piano wire", "music wire", "ピアノ線"],
  },
  {
    id: "steel-wire", parents: ["steel"],
    vi: "Dây thép", en: "Steel wire and wire rod", ja: "鋼線・線材",
    synonyms: ["thép dây", "thép cuộn", "wire rod", "steel wire", "SWRCH", "SWCH", "SWRM", "線材", "鋼線"],
  },
  {
    id: "stainless-steel", parents: ["steel"],
    vi: "Thép không gỉ (inox)", en: "Stainless steel", ja: "ステンレス鋼",
    synonyms: ["inox", "thép không gỉ", "thép không rỉ", "thép trắng", "stainless", "SUS", "SS steel", "INOX steel", "ステンレス", "不銹鋼"],
  },
  {
    id: "sus304", parents: ["stainless-steel"],
    vi: "Inox 304", en: "Stainless steel 304 (SUS304)", ja: "SUS304",
    synonyms: ["SUS 304", "SUS304L", "inox 304L", "SS304", "AISI 304", "304 stainless", "304L", "thép không gỉ 304", "ステンレス304"],
  },
  {
    id: "sus316", parents: ["stainless-steel"],
    vi: "Inox 316", en: "Stainless steel 316 (SUS316)", ja: "SUS316",
    synonyms: ["SUS 316", "SUS316L", "inox 316L", "SS316", "AISI 316", "316 stainless", "316L", "thép không gỉ 316", "ステンレス316"],
  },
  {
    id: "sus201", parents: ["stainless-steel"],
    vi: "Inox 201", en: "Stainless steel 201", ja: "SUS201",
    synonyms: ["SS201", "AISI 201"],
  },
  {
    id: "sus430", parents: ["stainless-steel"],
    vi: "Inox 430", en: "Stainless steel 430", ja: "SUS430",
    synonyms: ["SS430", "AISI 430", "ferritic stainless"],
  },
  {
    id: "cast-iron", parents: ["metal"],
    vi: "Gang", en: "Cast iron", ja: "鋳鉄",
    synonyms: ["gang xám", "gang đúc", "grey iron", "gray iron", "FC200", "FC250", "FC300", "GG25", "ねずみ鋳鉄"],
  },
  {
    id: "ductile-iron", parents: ["cast-iron"],
    vi: "Gang cầu", en: "Ductile iron", ja: "ダクタイル鋳鉄",
    synonyms: ["gang dẻo", "nodular iron", "SG iron", "spheroidal graphite iron", "FCD450", "FCD500", "GGG40", "GGG50", "球状黒鉛鋳鉄",
      "ダクタイル"],
  },
  {
    id: "aluminium", broad: true, parents: ["metal"],
    vi: "Nhôm", en: "Aluminium", ja: "アルミニウム",
    synonyms: ["aluminum", "Al", "nhôm nguyên chất", "アルミ"],
  },
  {
    id: "aluminium-alloy", parents: ["aluminium"],
    vi: "Hợp kim nhôm", en: "Aluminium alloy", ja: "アルミ合金",
    synonyms: ["nhôm hợp kim", "nhôm tấm", "nhôm thanh", "aluminum alloys", "aluminium sheet", "A1100", "A5052", "5052", "A5083",
      "A2017", "A2024", "ジュラルミン"],
  },
  {
    id: "al6061", parents: ["aluminium-alloy"],
    vi: "Nhôm 6061", en: "Aluminium 6061", ja: "A6061",
    synonyms: ["6061", "AL6061", "Al 6061", "6061-T6", "6061 T6", "6061 aluminium"],
  },
  {
    id: "al6063", parents: ["aluminium-alloy"],
    vi: "Nhôm 6063", en: "Aluminium 6063", ja: "A6063",
    synonyms: ["6063", "AL6063", "6063-T5", "6063 T5"],
  },
  {
    id: "al7075", parents: ["aluminium-alloy"],
    vi: "Nhôm 7075", en: "Aluminium 7075", ja: "A7075",
    synonyms: ["7075", "AL7075", "7075-T6", "超々ジュラルミン"],
  },
  {
    id: "adc12", parents: ["aluminium-alloy"],
    vi: "Nhôm đúc ADC12", en: "ADC12 die-casting aluminium", ja: "ADC12",
    synonyms: ["ADC 12", "nhôm ADC12", "ADC10", "A383", "A380", "AlSi9Cu3", "AC4C", "AC2B", "nhôm đúc", "cast aluminium",
      "die casting alloy", "アルミダイカスト合金"],
  },
  {
    id: "copper", broad: true, parents: ["metal"],
    vi: "Đồng", en: "Copper and copper alloys", ja: "銅・銅合金",
    synonyms: ["đồng đỏ", "đồng nguyên chất", "copper", "Cu", "C1100", "C1020", "oxygen-free copper", "đồng lá", "đồng thanh cái",
      "busbar copper", "銅", "タフピッチ銅"],
  },
  {
    id: "brass", parents: ["copper"],
    vi: "Đồng thau", en: "Brass", ja: "黄銅（真鍮）",
    synonyms: ["đồng vàng", "C2680", "C3604", "C2801", "CuZn", "free-cutting brass", "黄銅", "真鍮", "しんちゅう"],
  },
  {
    id: "bronze", parents: ["copper"],
    vi: "Đồng thiếc (đồng thanh)", en: "Bronze", ja: "青銅",
    synonyms: ["đồng thiếc", "đồng thanh", "đồng photpho", "phosphor bronze", "C5191", "beryllium copper", "đồng berili", "りん青銅",
      "ベリリウム銅"],
  },
  {
    id: "zinc", parents: ["metal"],
    vi: "Kẽm và hợp kim kẽm", en: "Zinc and zinc alloys", ja: "亜鉛",
    synonyms: ["=kẽm", "kẽm thỏi", "hợp kim kẽm", "zinc", "zinc alloy", "zamak", "zamac", "ZDC2", "ZDC1", "亜鉛合金"],
  },
  {
    id: "magnesium", parents: ["metal"],
    vi: "Hợp kim magie", en: "Magnesium alloy", ja: "マグネシウム合金",
    synonyms: ["magie", "magnesium", "AZ91D", "AZ31", "マグネシウム"],
  },
  {
    id: "titanium", parents: ["metal"],
    vi: "Titan", en: "Titanium", ja: "チタン",
    synonyms: ["titanium alloy", "Ti6Al4V", "Ti-6Al-4V", "チタン合金"],
  },
  {
    id: "nickel-alloy", parents: ["metal"],
    vi: "Hợp kim niken", en: "Nickel alloys", ja: "ニッケル合金",
    synonyms: ["nickel alloy", "inconel", "hastelloy", "monel", "インコネル"],
  },
  {
    id: "tin-solder", parents: ["metal"],
    vi: "Thiếc, thiếc hàn", en: "Tin and solder", ja: "スズ・はんだ",
    synonyms: ["thiếc", "thiếc hàn", "dây thiếc", "solder", "solder paste", "kem hàn", "lead-free solder", "SAC305", "はんだ", "スズ"],
  },
  {
    id: "carbide", parents: ["metal"],
    vi: "Hợp kim cứng (carbide)", en: "Tungsten carbide", ja: "超硬合金",
    synonyms: ["hợp kim cứng", "carbide", "cemented carbide", "超硬", "タングステンカーバイド"],
  },
  {
    id: "magnet", parents: ["metal"],
    vi: "Nam châm", en: "Magnets", ja: "磁石",
    synonyms: ["nam châm đất hiếm", "magnet", "NdFeB", "neodymium magnet", "ferrite magnet", "ネオジム磁石"],
  },

  // ───────────── Plastics ─────────────
  {
    id: "plastic", broad: true,
    vi: "Nhựa", en: "Plastics", ja: "プラスチック",
    synonyms: ["hạt nhựa", "nhựa nguyên sinh", "plastic", "resin", "plastic resin", "polymer", "樹脂"],
  },
  {
    id: "engineering-plastics", parents: ["plastic"],
    vi: "Nhựa kỹ thuật", en: "Engineering plastics", ja: "エンジニアリングプラスチック",
    synonyms: ["nhựa kĩ thuật", "nhựa kỹ thuật cao", "engineering plastic", "technical plastics", "high-performance plastics", "エンプラ",
      "スーパーエンプラ"],
  },
  {
    id: "pa", parents: ["engineering-plastics"],
    vi: "Nhựa PA (nylon)", en: "Polyamide (PA, nylon)", ja: "ポリアミド（ナイロン）",
    synonyms: ["PA", "nhựa PA", "nylon", "nhựa nylon", "nhựa nilon", "polyamide", "PA nylon", "PA-GF", "PA GF30", "ナイロン", "ポリアミド"],
  },
  {
    id: "pa66", parents: ["pa"],
    vi: "Nhựa PA66", en: "PA66 (nylon 66)", ja: "PA66（ナイロン66）",
    synonyms: ["PA66", "PA 66", "PA66 nylon", "nylon 66", "nylon 6.6", "nylon 6/6", "PA66 GF30", "PA66-GF30", "ナイロン66"],
  },
  {
    id: "pa6", parents: ["pa"],
    vi: "Nhựa PA6", en: "PA6 (nylon 6)", ja: "PA6（ナイロン6）",
    synonyms: ["PA6", "PA 6", "PA6 nylon", "nylon 6", "MC nylon", "nylon MC", "cast nylon", "ナイロン6", "MCナイロン"],
  },
  {
    id: "pom", parents: ["engineering-plastics"],
    vi: "Nhựa POM", en: "POM (acetal)", ja: "POM（ポリアセタール）",
    synonyms: ["POM", "acetal", "polyacetal", "polyoxymethylene", "Delrin", "Duracon", "ポリアセタール", "ジュラコン"],
  },
  {
    id: "pc", parents: ["engineering-plastics"],
    vi: "Nhựa PC", en: "Polycarbonate (PC)", ja: "ポリカーボネート（PC）",
    synonyms: ["polycarbonate", "polycarbonat", "PC resin", "PC/ABS", "PC ABS", "ポリカーボネート", "ポリカ"],
  },
  {
    id: "pbt", parents: ["engineering-plastics"],
    vi: "Nhựa PBT", en: "PBT", ja: "PBT樹脂",
    synonyms: ["polybutylene terephthalate", "PBT GF30"],
  },
  {
    id: "peek-pps", parents: ["engineering-plastics"],
    vi: "Nhựa PEEK, PPS, PEI", en: "High-performance plastics (PEEK, PPS, PEI)", ja: "スーパーエンプラ（PEEK・PPS）",
    synonyms: ["PEEK", "PPS", "PEI", "Ultem", "PSU", "PPSU", "LCP", "nhựa PEEK", "nhựa PPS"],
  },
  {
    id: "ptfe", parents: ["engineering-plastics"],
    vi: "Nhựa PTFE (Teflon)", en: "PTFE (Teflon)", ja: "PTFE（テフロン）",
    synonyms: ["PTFE", "teflon", "nhựa teflon", "nhựa PTFE", "fluoropolymer", "テフロン", "フッ素樹脂"],
  },
  {
    id: "abs", parents: ["plastic"],
    vi: "Nhựa ABS", en: "ABS", ja: "ABS樹脂",
    synonyms: ["ABS plastic", "ABS resin"],
  },
  {
    id: "pp", parents: ["plastic"],
    vi: "Nhựa PP", en: "Polypropylene (PP)", ja: "ポリプロピレン（PP）",
    synonyms: ["PP", "polypropylene", "PP plastic", "PP resin", "PP copolymer", "ポリプロピレン"],
  },
  {
    id: "pe", parents: ["plastic"],
    vi: "Nhựa PE (HDPE, LDPE)", en: "Polyethylene (PE, HDPE, LDPE)", ja: "ポリエチレン（PE）",
    synonyms: ["PE", "nhựa PE", "HDPE", "LDPE", "LLDPE", "UHMW-PE", "UHMWPE", "polyethylene", "polyethylene PE", "nhựa HDPE",
      "ポリエチレン"],
  },
  {
    id: "pvc", parents: ["plastic"],
    vi: "Nhựa PVC", en: "PVC", ja: "塩化ビニル（PVC）",
    synonyms: ["uPVC", "polyvinyl chloride", "vinyl", "PVC compound", "塩ビ", "塩化ビニール"],
  },
  {
    id: "pet", parents: ["plastic"],
    vi: "Nhựa PET", en: "PET", ja: "PET樹脂",
    synonyms: ["PET resin", "PETG", "APET", "rPET", "polyethylene terephthalate"],
  },
  {
    id: "ps", parents: ["plastic"],
    vi: "Nhựa PS (HIPS, GPPS)", en: "Polystyrene (PS, HIPS)", ja: "ポリスチレン（PS）",
    synonyms: ["PS", "nhựa PS", "HIPS", "GPPS", "polystyrene", "ポリスチレン"],
  },
  {
    id: "pmma", parents: ["plastic"],
    vi: "Nhựa mica (PMMA, acrylic)", en: "Acrylic (PMMA)", ja: "アクリル（PMMA）",
    synonyms: ["PMMA", "mica", "nhựa mica", "tấm mica", "acrylic", "acrylic sheet", "plexiglass", "perspex", "アクリル"],
  },
  {
    id: "pu", parents: ["plastic"],
    vi: "Nhựa PU (polyurethane)", en: "Polyurethane (PU)", ja: "ポリウレタン（PU）",
    synonyms: ["PU", "nhựa PU", "polyurethane", "PU elastomer", "cast polyurethane", "ウレタン", "ポリウレタン"],
  },
  {
    id: "tpe", parents: ["plastic"],
    vi: "Nhựa dẻo đàn hồi (TPE, TPU, TPR)", en: "Thermoplastic elastomers (TPE, TPU, TPR)", ja: "熱可塑性エラストマー",
    synonyms: ["TPE", "TPU", "TPR", "TPV", "thermoplastic elastomer", "thermoplastic rubber", "nhựa TPU", "エラストマー"],
  },
  {
    id: "eva", parents: ["plastic"],
    vi: "EVA", en: "EVA", ja: "EVA樹脂",
    synonyms: ["ethylene vinyl acetate", "EVA foam", "phylon", "xốp EVA", "エバ"],
  },
  {
    id: "composite", parents: ["plastic"],
    vi: "Vật liệu composite", en: "Composites (FRP, carbon fibre)", ja: "複合材料（FRP）",
    synonyms: ["composite", "composites", "nhựa composite", "FRP", "GRP", "CFRP", "fiberglass", "fibreglass", "sợi thủy tinh", "carbon fiber",
      "sợi carbon", "glass fibre reinforced", "複合材", "炭素繊維"],
  },
  {
    id: "recycled-plastic", parents: ["plastic"],
    vi: "Nhựa tái chế", en: "Recycled plastics", ja: "再生プラスチック",
    synonyms: ["hạt nhựa tái chế", "recycled plastic", "recycled resin", "PCR resin", "再生樹脂"],
  },
  {
    id: "bioplastic", parents: ["plastic"],
    vi: "Nhựa sinh học", en: "Bioplastics (PLA, PBAT)", ja: "バイオプラスチック",
    synonyms: ["nhựa phân hủy sinh học", "PLA", "PBAT", "bioplastic", "biodegradable plastic", "compostable", "生分解性プラスチック"],
  },

  // ───────────── Rubber ─────────────
  {
    id: "rubber", broad: true,
    vi: "Cao su", en: "Rubber", ja: "ゴム",
    synonyms: ["elastomer", "elastomers"],
  },
  {
    id: "natural-rubber", parents: ["rubber"],
    vi: "Cao su thiên nhiên", en: "Natural rubber", ja: "天然ゴム",
    synonyms: ["cao su tự nhiên", "mủ cao su", "NR", "latex", "SVR", "ラテックス"],
  },
  {
    id: "synthetic-rubber", parents: ["rubber"],
    vi: "Cao su tổng hợp", en: "Synthetic rubber", ja: "合成ゴム",
    synonyms: ["SBR", "IIR", "butyl rubber", "cao su butyl"],
  },
  {
    id: "epdm", parents: ["synthetic-rubber"],
    vi: "Cao su EPDM", en: "EPDM rubber", ja: "EPDMゴム",
    synonyms: ["EPDM", "ethylene propylene rubber", "EPゴム"],
  },
  {
    id: "nbr", parents: ["synthetic-rubber"],
    vi: "Cao su NBR", en: "NBR (nitrile) rubber", ja: "NBR（ニトリルゴム）",
    synonyms: ["NBR", "NBR rubber", "nitrile", "nitrile rubber", "buna-N", "HNBR", "cao su chịu dầu", "oil resistant rubber",
      "ニトリルゴム"],
  },
  {
    id: "silicone", parents: ["synthetic-rubber"],
    vi: "Cao su silicone", en: "Silicone rubber", ja: "シリコーンゴム",
    synonyms: ["silicone", "silicon", "cao su silicon", "VMQ", "LSR silicone", "シリコーン", "シリコン"],
  },
  {
    id: "fkm", parents: ["synthetic-rubber"],
    vi: "Cao su FKM (Viton)", en: "FKM (Viton) fluoroelastomer", ja: "フッ素ゴム（FKM）",
    synonyms: ["FKM", "Viton", "cao su viton", "fluoroelastomer", "fluororubber", "FPM", "フッ素ゴム"],
  },
  {
    id: "neoprene", parents: ["synthetic-rubber"],
    vi: "Cao su CR (neoprene)", en: "Neoprene (CR)", ja: "クロロプレンゴム（CR）",
    synonyms: ["neoprene", "cao su neoprene", "chloroprene", "CR rubber", "クロロプレン"],
  },

  // ───────────── Textiles and leather ─────────────
  {
    id: "textile", broad: true,
    vi: "Vật liệu dệt (vải, sợi)", en: "Textile materials", ja: "繊維素材",
    synonyms: ["vải", "sợi", "vải sợi", "nguyên liệu dệt", "textile", "textile material", "fibre", "fiber", "繊維", "生地", "布"],
  },
  {
    id: "cotton", parents: ["textile"],
    vi: "Cotton (sợi bông)", en: "Cotton", ja: "綿（コットン）",
    synonyms: ["sợi bông", "bông xơ", "vải cotton", "vải bông", "cotton fabric", "cotton yarn", "100% cotton", "organic cotton",
      "cotton compact", "CVC", "poly cotton", "vải pha cotton", "綿", "コットン"],
  },
  {
    id: "synthetic-fibre", parents: ["textile"],
    vi: "Sợi tổng hợp", en: "Synthetic fibres and fabrics", ja: "合成繊維",
    synonyms: ["vải tổng hợp", "sợi nhân tạo", "synthetic fabric", "synthetic fabrics", "synthetic fibre", "synthetic fiber",
      "man-made fibre", "化学繊維"],
  },
  {
    id: "polyester", parents: ["synthetic-fibre"],
    vi: "Polyester", en: "Polyester", ja: "ポリエステル",
    synonyms: ["sợi polyester", "vải polyester", "vải poly", "polyester fabric", "polyester yarn", "recycled polyester", "PES",
      "microfiber", "vải microfiber"],
  },
  {
    id: "nylon-fabric", parents: ["synthetic-fibre"],
    vi: "Vải nylon", en: "Nylon fabric", ja: "ナイロン生地",
    synonyms: ["vải nilon", "sợi nylon", "vải dù", "nylon yarn", "nylon taffeta"],
  },
  {
    id: "spandex", parents: ["synthetic-fibre"],
    vi: "Spandex (sợi thun)", en: "Spandex (elastane)", ja: "スパンデックス",
    synonyms: ["spandex", "elastane", "lycra", "sợi spandex", "sợi thun", "vải thun co giãn", "ポリウレタン弾性糸"],
  },
  {
    id: "viscose", parents: ["textile"],
    vi: "Viscose, rayon", en: "Viscose and rayon", ja: "レーヨン",
    synonyms: ["viscose", "rayon", "modal", "tencel", "lyocell", "vải lanh tổng hợp", "テンセル"],
  },
  {
    id: "wool", parents: ["textile"],
    vi: "Len lông cừu", en: "Wool", ja: "ウール",
    synonyms: ["sợi len", "vải len", "merino", "cashmere", "羊毛"],
  },
  {
    id: "silk", parents: ["textile"],
    vi: "Lụa tơ tằm", en: "Silk", ja: "シルク",
    synonyms: ["vải lụa", "tơ tằm", "絹"],
  },
  {
    id: "linen", parents: ["textile"],
    vi: "Vải lanh", en: "Linen", ja: "リネン",
    synonyms: ["sợi lanh", "flax", "hemp", "sợi gai", "麻"],
  },
  {
    id: "denim", parents: ["cotton"],
    vi: "Vải denim (jean)", en: "Denim", ja: "デニム",
    synonyms: ["vải denim", "vải jean", "vải bò", "jean fabric"],
  },
  {
    id: "yarn-thread", parents: ["textile"],
    vi: "Sợi, chỉ may", en: "Yarn and sewing thread", ja: "糸・縫い糸",
    synonyms: ["chỉ may", "chỉ thêu", "sợi chỉ", "yarn", "sewing thread", "embroidery thread", "thread", "ミシン糸", "糸"],
  },
  {
    id: "leather", broad: true,
    vi: "Da thuộc", en: "Leather", ja: "皮革",
    synonyms: ["=da", "da thật", "da động vật", "genuine leather", "finished leather", "革", "レザー"],
  },
  {
    id: "cowhide", parents: ["leather"],
    vi: "Da bò", en: "Cowhide leather", ja: "牛革",
    synonyms: ["da bò thật", "cowhide", "cow leather", "full grain leather"],
  },
  {
    id: "other-leather", parents: ["leather"],
    vi: "Da dê, da cừu, da lợn", en: "Goat, sheep and pig leather", ja: "山羊革・羊革・豚革",
    synonyms: ["da dê", "da cừu", "da heo", "goat leather", "sheepskin", "lambskin", "pigskin", "山羊革", "羊革", "豚革"],
  },
  {
    id: "suede", parents: ["leather"],
    vi: "Da lộn", en: "Suede and nubuck", ja: "スエード",
    synonyms: ["suede", "nubuck", "ヌバック"],
  },
  {
    id: "synthetic-leather",
    vi: "Da tổng hợp (giả da, PU)", en: "Synthetic leather (PU, PVC)", ja: "合成皮革",
    synonyms: ["da tổng hợp", "giả da", "da PU", "da simili", "simili", "da microfiber", "synthetic leather", "PU leather",
      "faux leather", "artificial leather", "vegan leather", "microfiber leather", "合皮", "人工皮革"],
  },

  // ───────────── Paper and board ─────────────
  {
    id: "paper",
    vi: "Giấy", en: "Paper", ja: "紙",
    synonyms: ["giấy in", "paper stock", "用紙"],
  },
  {
    id: "kraft-paper", parents: ["paper"],
    vi: "Giấy kraft", en: "Kraft paper", ja: "クラフト紙",
    synonyms: ["giấy xi măng", "kraft", "brown paper", "kraft liner"],
  },
  {
    id: "paperboard", parents: ["paper"],
    vi: "Bìa carton, giấy bìa", en: "Paperboard", ja: "板紙",
    synonyms: ["bìa carton", "bìa cứng", "giấy bìa", "giấy ivory", "giấy duplex", "carton board", "cardboard", "ivory board",
      "duplex board", "grey board", "白板紙", "コートボール"],
  },
  {
    id: "corrugated-board", parents: ["paper"],
    vi: "Tấm carton sóng", en: "Corrugated board", ja: "段ボールシート",
    synonyms: ["giấy carton sóng", "tấm carton", "carton 3 lớp", "carton 5 lớp", "corrugated sheet", "corrugated paper"],
  },
  {
    id: "coated-paper", parents: ["paper"],
    vi: "Giấy couché", en: "Coated and art paper", ja: "コート紙",
    synonyms: ["giấy C", "couche", "coated paper", "art paper", "art board", "C2S", "アート紙"],
  },
  {
    id: "label-stock", parents: ["paper"],
    vi: "Giấy decal", en: "Self-adhesive label stock", ja: "粘着ラベル用紙",
    synonyms: ["decal giấy", "decal nhựa", "label stock", "self-adhesive paper", "sticker paper", "タック紙"],
  },

  // ───────────── Electronics and other ─────────────
  {
    id: "electronic-components",
    vi: "Linh kiện điện tử", en: "Electronic components", ja: "電子部品",
    synonyms: ["linh kiện bán dẫn", "vi mạch", "chip", "IC", "tụ điện", "điện trở", "transistor", "electronic parts",
      "semiconductors", "resistors", "capacitors", "半導体"],
  },
  {
    id: "fr4",
    vi: "Vật liệu mạch in FR4", en: "FR4 laminate", ja: "FR-4基板材",
    synonyms: ["FR4", "FR-4", "FR4 PCB", "bảng mạch FR4", "phíp FR4", "tấm phíp", "CCL", "copper clad laminate", "CEM-1", "CEM-3",
      "aluminium PCB", "MCPCB", "ガラエポ", "ガラスエポキシ"],
  },
  {
    id: "glass",
    vi: "Kính, thủy tinh", en: "Glass", ja: "ガラス",
    synonyms: ["tấm kính", "thủy tinh", "kính cường lực", "kính xây dựng", "tempered glass"],
  },
  {
    id: "wood",
    vi: "Gỗ và ván gỗ", en: "Wood", ja: "木材",
    synonyms: ["=gỗ", "gỗ tự nhiên", "gỗ công nghiệp", "ván gỗ", "ván ép", "gỗ thông", "MDF", "plywood", "timber", "合板"],
  },
  {
    id: "ceramic",
    vi: "Gốm sứ kỹ thuật", en: "Technical ceramics", ja: "セラミックス",
    synonyms: ["gốm sứ", "sứ cách điện", "gốm kỹ thuật", "ceramic", "ceramics", "alumina ceramic", "zirconia", "セラミック"],
  },
  {
    id: "foam",
    vi: "Mút, xốp", en: "Foam (PU, PE, EPS)", ja: "発泡材（ウレタン・PE・EPS）",
    synonyms: ["mút", "xốp", "mút xốp", "xốp EPS", "xốp PE", "mút PU", "foam", "PU foam", "PE foam", "EPE", "EPS", "polystyrene foam",
      "sponge", "スポンジ", "発泡材", "発泡スチロール"],
  },
  {
    id: "adhesive",
    vi: "Keo dán", en: "Adhesives", ja: "接着剤",
    synonyms: ["=keo", "keo công nghiệp", "adhesive", "glue", "hot melt", "epoxy"],
  },
  {
    id: "ink-paint",
    vi: "Mực in, sơn", en: "Inks and paints", ja: "インク・塗料",
    synonyms: ["mực in", "bột sơn", "printing ink", "ink", "paint", "powder paint material", "インク", "塗料"],
  },
];
