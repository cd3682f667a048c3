import type { ConceptInput } from "../types";

/**
 * Manufacturing processes of the supporting industries, by sector. Labels: vi, en, ja.
 * Synonyms: any language, with or without diacritics (all folded at lookup), British or American
 * spelling (normalised at lookup), plural or singular. "=word" matches only as the whole term.
 * Umbrella concepts are `broad`: their children are different capabilities (plating ≠ anodising).
 */
export const PROCESSES: ConceptInput[] = [
  // ───────────────────────────── Mechanical: machining ─────────────────────────────
  {
    id: "machining", broad: true, sector: "mechanical",
    vi: "Gia công cơ khí", en: "Machining", ja: "機械加工",
    synonyms: ["gia công cắt gọt", "cắt gọt kim loại", "metal cutting", "machined parts", "machining services",
      "gia công chi tiết máy", "gia công chi tiết cơ khí", "切削加工"],
  },
  {
    id: "cnc-machining", parents: ["machining"],
    vi: "Gia công CNC", en: "CNC machining", ja: "CNC加工",
    synonyms: ["CNC", "máy CNC", "CNC machined parts", "CNC service", "CNC parts", "trung tâm gia công", "machining center",
      "machining centre", "gia công trên máy CNC", "NC加工", "マシニング加工", "数値制御加工"],
  },
  {
    id: "cnc-turning", parents: ["cnc-machining"],
    vi: "Tiện CNC", en: "CNC turning", ja: "CNC旋盤加工",
    synonyms: ["=tiện", "máy tiện CNC", "gia công tiện", "tiện chi tiết", "tiện tự động", "turning", "lathe", "lathe work",
      "CNC lathe", "swiss turning", "swiss-type turning", "turned parts", "turn-mill", "旋盤加工", "旋削", "旋盤"],
  },
  {
    id: "cnc-milling", parents: ["cnc-machining"],
    vi: "Phay CNC", en: "CNC milling", ja: "CNCフライス加工",
    synonyms: ["phay", "gia công phay", "phay 5 trục", "phay 4 trục", "milling", "CNC mill", "5-axis machining", "5 axis milling",
      "milled parts", "フライス加工", "フライス", "5軸加工"],
  },
  {
    id: "precision-machining", parents: ["cnc-machining"],
    vi: "Gia công cơ khí chính xác", en: "Precision machining", ja: "精密機械加工",
    synonyms: ["gia công chính xác", "cơ khí chính xác", "chi tiết chính xác", "precision engineering", "precision machined parts",
      "precision parts", "high precision machining", "精密加工", "精密部品加工"],
  },
  {
    id: "edm", parents: ["machining"],
    vi: "Gia công tia lửa điện, cắt dây", en: "EDM and wire cutting", ja: "放電加工・ワイヤーカット",
    synonyms: ["EDM", "wire EDM", "wire cut", "wire cutting", "sinker EDM", "electrical discharge machining", "cắt dây", "cắt dây EDM",
      "cắt dây molip", "xung điện", "bắn điện", "gia công tia lửa điện", "ワイヤーカット", "放電加工", "型彫り放電"],
  },
  {
    id: "grinding", parents: ["machining"],
    vi: "Gia công mài", en: "Grinding", ja: "研削加工",
    synonyms: ["=mài", "mài phẳng", "mài tròn", "mài vô tâm", "mài CNC", "surface grinding", "cylindrical grinding",
      "centerless grinding", "CNC grinding", "研削", "平面研削", "円筒研削", "センタレス"],
  },
  {
    id: "drilling-tapping", parents: ["machining"],
    vi: "Khoan, taro, doa", en: "Drilling, tapping and boring", ja: "穴あけ・タップ加工",
    synonyms: ["=khoan", "khoan lỗ", "khoan CNC", "taro", "ta rô", "doa", "drilling", "tapping", "boring", "reaming", "穴あけ", "タップ加工"],
  },
  {
    id: "gear-cutting", parents: ["machining"],
    vi: "Gia công bánh răng", en: "Gear cutting", ja: "歯切り加工",
    synonyms: ["cắt bánh răng", "phay lăn răng", "xọc răng", "mài răng", "gear hobbing", "gear shaping", "gear grinding",
      "gear machining", "歯切り", "ホブ加工"],
  },
  {
    id: "conventional-machining", parents: ["machining"],
    vi: "Gia công cơ khí vạn năng", en: "Conventional machining", ja: "汎用機械加工",
    synonyms: ["tiện vạn năng", "phay vạn năng", "máy công cụ vạn năng", "manual machining", "conventional lathe", "máy bào",
      "汎用旋盤", "汎用フライス"],
  },

  // ───────────────────────────── Mechanical: forming ─────────────────────────────
  {
    id: "metal-forming", broad: true, sector: "mechanical",
    vi: "Gia công áp lực kim loại", en: "Metal forming", ja: "塑性加工",
    synonyms: ["gia công áp lực", "tạo hình kim loại"],
  },
  {
    id: "stamping", parents: ["metal-forming"],
    vi: "Dập kim loại", en: "Metal stamping", ja: "プレス加工",
    synonyms: ["dập", "dập tấm", "đột dập", "dập nguội", "dập chi tiết", "dập tôn", "gia công dập", "dập định hình", "stamping",
      "press stamping", "sheet metal stamping", "pressing", "metal pressing", "press work", "press parts", "stamped parts",
      "punch press", "プレス", "板金プレス", "プレス部品"],
  },
  {
    id: "progressive-stamping", parents: ["stamping"],
    vi: "Dập liên hoàn", en: "Progressive die stamping", ja: "順送プレス加工",
    synonyms: ["dập liên tục", "progressive stamping", "transfer stamping", "順送", "トランスファープレス"],
  },
  {
    id: "deep-drawing", parents: ["stamping"],
    vi: "Dập vuốt sâu", en: "Deep drawing", ja: "深絞り加工",
    synonyms: ["dập vuốt", "dập sâu", "vuốt sâu", "deep draw", "deep drawn parts", "深絞り", "絞り加工"],
  },
  {
    id: "fine-blanking", parents: ["stamping"],
    vi: "Dập tinh", en: "Fine blanking", ja: "ファインブランキング",
    synonyms: ["fineblanking", "精密打ち抜き"],
  },
  {
    id: "sheet-metal", parents: ["metal-forming"],
    vi: "Gia công kim loại tấm", en: "Sheet metal fabrication", ja: "板金加工",
    synonyms: ["gia công tôn", "gia công tôn tấm", "gia công tấm", "kim loại tấm", "sheet metal", "sheet metal work",
      "sheet metal parts", "metal fabrication", "板金", "精密板金"],
  },
  {
    id: "laser-cutting", parents: ["sheet-metal"],
    vi: "Cắt laser", en: "Laser cutting", ja: "レーザー切断",
    synonyms: ["cắt laze", "cắt laser CNC", "cắt laser fiber", "cắt ống laser", "laser cut", "fiber laser cutting",
      "tube laser cutting", "レーザー加工", "レーザーカット"],
  },
  {
    id: "plasma-cutting", parents: ["sheet-metal"],
    vi: "Cắt plasma, cắt oxy-gas", en: "Plasma and flame cutting", ja: "プラズマ・ガス切断",
    synonyms: ["cắt plasma", "cắt CNC plasma", "cắt oxy gas", "cắt hơi", "plasma cutting", "flame cutting", "oxy-fuel cutting",
      "プラズマ切断", "ガス切断"],
  },
  {
    id: "waterjet-cutting", parents: ["sheet-metal"],
    vi: "Cắt tia nước", en: "Waterjet cutting", ja: "ウォータージェット切断",
    synonyms: ["cắt waterjet", "waterjet", "water jet cutting", "ウォータージェット"],
  },
  {
    id: "bending", parents: ["sheet-metal"],
    vi: "Chấn gấp tôn", en: "Metal bending", ja: "曲げ加工",
    synonyms: ["=chấn", "chấn gấp", "chấn tôn", "gấp tôn", "uốn tôn", "chấn CNC", "bending", "press brake", "press brake bending",
      "CNC bending", "sheet bending", "曲げ", "ベンダー加工"],
  },
  {
    id: "cnc-punching", parents: ["sheet-metal"],
    vi: "Đột lỗ CNC", en: "CNC punching", ja: "タレットパンチ加工",
    synonyms: ["đột lỗ", "đột CNC", "turret punching", "punching", "タレパン", "パンチング"],
  },
  {
    id: "tube-bending", parents: ["metal-forming"],
    vi: "Uốn ống", en: "Tube and pipe bending", ja: "パイプ曲げ加工",
    synonyms: ["uốn ống inox", "uốn ống CNC", "tube bending", "pipe bending", "tube forming", "パイプ曲げ", "パイプ加工"],
  },
  {
    id: "roll-forming", parents: ["metal-forming"],
    vi: "Cán định hình", en: "Roll forming", ja: "ロール成形",
    synonyms: ["cán tôn", "cán xà gồ", "cold roll forming", "ロールフォーミング"],
  },
  {
    id: "metal-spinning", parents: ["metal-forming"],
    vi: "Miết kim loại", en: "Metal spinning", ja: "へら絞り",
    synonyms: ["miết", "miết áp lực", "spin forming", "スピニング加工"],
  },
  {
    id: "wire-forming", parents: ["metal-forming"],
    vi: "Uốn dây thép", en: "Wire forming", ja: "線材加工",
    synonyms: ["uốn dây", "gia công dây thép", "lưới thép", "wire bending", "wire products", "線材曲げ"],
  },
  {
    id: "forging", parents: ["metal-forming"],
    vi: "Gia công rèn", en: "Forging", ja: "鍛造",
    synonyms: ["=rèn", "rèn dập", "rèn khuôn", "forged parts", "forgings", "closed die forging", "open die forging", "鍛造品"],
  },
  {
    id: "hot-forging", parents: ["forging"],
    vi: "Rèn dập nóng", en: "Hot forging", ja: "熱間鍛造",
    synonyms: ["rèn nóng", "dập nóng", "hot forged", "drop forging"],
  },
  {
    id: "cold-forging", parents: ["forging"],
    vi: "Rèn nguội", en: "Cold forging", ja: "冷間鍛造",
    synonyms: ["dập khối nguội", "cold forged", "cold extrusion"],
  },
  {
    id: "powder-metallurgy", sector: "mechanical",
    vi: "Luyện kim bột", en: "Powder metallurgy", ja: "粉末冶金",
    synonyms: ["thiêu kết", "ép phun kim loại", "sintering", "sintered parts", "MIM", "metal injection molding", "焼結"],
  },

  // ───────────────────────────── Mechanical: joining ─────────────────────────────
  {
    id: "welding", sector: "mechanical",
    vi: "Hàn", en: "Welding", ja: "溶接",
    synonyms: ["hàn kim loại", "hàn điện", "hàn hồ quang", "gia công hàn", "hàn TIG MIG", "hàn MIG TIG", "hàn TIG/MIG", "arc welding",
      "welded assemblies", "welded fabrication", "TIG and MIG welding", "TIG/MIG welding", "MIG and TIG welding",
      "welding services", "溶接加工"],
  },
  {
    id: "tig-welding", parents: ["welding"],
    vi: "Hàn TIG", en: "TIG welding", ja: "TIG溶接",
    synonyms: ["hàn argon", "hàn inox", "TIG", "GTAW", "argon welding", "ティグ溶接"],
  },
  {
    id: "mig-welding", parents: ["welding"],
    vi: "Hàn MIG/MAG", en: "MIG/MAG welding", ja: "MIG・MAG溶接",
    synonyms: ["hàn MIG", "hàn MAG", "hàn CO2", "hàn bán tự động", "MIG", "MAG", "GMAW", "MIG welding", "MAG welding",
      "CO2 welding", "CO2溶接", "半自動溶接"],
  },
  {
    id: "robotic-welding", parents: ["welding"],
    vi: "Hàn robot", en: "Robotic welding", ja: "ロボット溶接",
    synonyms: ["hàn tự động", "robot hàn", "robot welding", "automated welding"],
  },
  {
    id: "spot-welding", parents: ["welding"],
    vi: "Hàn điểm", en: "Spot welding", ja: "スポット溶接",
    synonyms: ["hàn bấm", "hàn điện trở", "resistance welding", "projection welding"],
  },
  {
    id: "laser-welding", parents: ["welding"],
    vi: "Hàn laser", en: "Laser welding", ja: "レーザー溶接",
    synonyms: ["hàn laze"],
  },
  {
    id: "brazing", parents: ["welding"],
    vi: "Hàn vảy, hàn đồng", en: "Brazing", ja: "ろう付け",
    synonyms: ["hàn vảy", "hàn đồng", "hàn bạc", "hàn lò", "silver brazing", "furnace brazing"],
  },
  {
    id: "steel-structure", sector: "mechanical",
    vi: "Kết cấu thép", en: "Steel structure fabrication", ja: "鉄骨製作",
    synonyms: ["gia công kết cấu thép", "khung thép", "nhà thép tiền chế", "steel structure", "steel structures", "structural steel",
      "steel fabrication", "鉄骨", "製缶"],
  },

  // ───────────────────────────── Mechanical: casting ─────────────────────────────
  {
    id: "casting", broad: true, sector: "mechanical",
    vi: "Đúc kim loại", en: "Metal casting", ja: "鋳造",
    synonyms: ["=đúc", "gia công đúc", "casting", "castings", "鋳物"],
  },
  {
    id: "die-casting", parents: ["casting"],
    vi: "Đúc áp lực", en: "Die casting", ja: "ダイカスト",
    synonyms: ["đúc áp lực cao", "đúc khuôn áp lực", "die cast", "die-cast parts", "high pressure die casting", "HPDC",
      "pressure die casting", "ダイキャスト"],
  },
  {
    id: "aluminium-die-casting", parents: ["die-casting"],
    vi: "Đúc nhôm áp lực", en: "Aluminium die casting", ja: "アルミダイカスト",
    synonyms: ["đúc nhôm", "đúc áp lực nhôm", "aluminium casting", "aluminum die cast parts", "アルミダイキャスト", "アルミ鋳造"],
  },
  {
    id: "zinc-die-casting", parents: ["die-casting"],
    vi: "Đúc kẽm áp lực", en: "Zinc die casting", ja: "亜鉛ダイカスト",
    synonyms: ["đúc kẽm", "zinc casting", "zamak casting", "亜鉛ダイキャスト"],
  },
  {
    id: "sand-casting", parents: ["casting"],
    vi: "Đúc cát", en: "Sand casting", ja: "砂型鋳造",
    synonyms: ["đúc khuôn cát", "đúc khuôn cát nhựa", "green sand casting", "resin sand casting", "foundry", "xưởng đúc",
      "nhà máy đúc", "砂型"],
  },
  {
    id: "iron-casting", parents: ["sand-casting"],
    vi: "Đúc gang", en: "Iron casting", ja: "鋳鉄鋳造",
    synonyms: ["đúc gang xám", "đúc gang cầu", "grey iron casting", "gray iron casting", "ductile iron casting", "cast iron casting",
      "iron foundry", "鋳鉄", "ダクタイル鋳鉄鋳造"],
  },
  {
    id: "steel-casting", parents: ["sand-casting"],
    vi: "Đúc thép", en: "Steel casting", ja: "鋳鋼",
    synonyms: ["đúc thép hợp kim", "đúc thép chịu mài mòn", "cast steel parts", "鋳鋼品"],
  },
  {
    id: "non-ferrous-casting", parents: ["casting"],
    vi: "Đúc đồng, đúc kim loại màu", en: "Bronze and brass casting", ja: "銅合金鋳造",
    synonyms: ["đúc đồng", "đúc đồng thau", "đúc kim loại màu", "bronze casting", "brass casting", "non-ferrous casting", "銅鋳物"],
  },
  {
    id: "investment-casting", parents: ["casting"],
    vi: "Đúc mẫu chảy", en: "Investment casting", ja: "ロストワックス鋳造",
    synonyms: ["đúc sáp", "đúc chính xác", "đúc mẫu sáp", "lost wax casting", "precision casting", "ロストワックス", "精密鋳造"],
  },
  {
    id: "gravity-casting", parents: ["casting"],
    vi: "Đúc trọng lực, đúc áp suất thấp", en: "Gravity and low-pressure casting", ja: "重力・低圧鋳造",
    synonyms: ["đúc trọng lực", "đúc khuôn kim loại", "đúc áp suất thấp", "gravity casting", "gravity die casting", "permanent mold casting",
      "low pressure casting", "重力鋳造", "低圧鋳造", "金型鋳造"],
  },
  {
    id: "centrifugal-casting", parents: ["casting"],
    vi: "Đúc ly tâm", en: "Centrifugal casting", ja: "遠心鋳造",
    synonyms: [],
  },

  // ───────────────────────────── Mechanical: tooling ─────────────────────────────
  {
    id: "mould-making", sector: "mechanical",
    vi: "Chế tạo khuôn mẫu", en: "Mould and die making", ja: "金型製作",
    synonyms: ["làm khuôn", "chế tạo khuôn", "gia công khuôn", "gia công khuôn mẫu", "thiết kế khuôn", "thiết kế và chế tạo khuôn",
      "mold making", "mould making", "mold manufacturing", "tooling", "tool and die", "tool & die making", "tool making",
      "toolmaking", "die making", "mold design", "mould design and manufacturing", "金型", "金型設計"],
  },
  {
    id: "injection-mould-making", parents: ["mould-making"],
    vi: "Chế tạo khuôn ép nhựa", en: "Injection mould making", ja: "射出成形金型製作",
    synonyms: ["làm khuôn nhựa", "chế tạo khuôn nhựa", "plastic mold making", "injection mold making", "injection tooling",
      "プラスチック金型", "射出成形金型"],
  },
  {
    id: "press-die-making", parents: ["mould-making"],
    vi: "Chế tạo khuôn dập", en: "Press die making", ja: "プレス金型製作",
    synonyms: ["làm khuôn dập", "stamping die making", "press tooling", "プレス金型"],
  },
  {
    id: "jigs-fixtures", parents: ["mould-making"],
    vi: "Chế tạo đồ gá", en: "Jigs and fixtures", ja: "治具製作",
    synonyms: ["đồ gá", "jig", "fixture", "jig and fixture", "治具"],
  },

  // ───────────────────────────── Mechanical: surface treatment ─────────────────────────────
  {
    id: "surface-treatment", broad: true, sector: "mechanical",
    vi: "Xử lý bề mặt", en: "Surface treatment", ja: "表面処理",
    synonyms: ["hoàn thiện bề mặt", "surface finishing", "metal finishing"],
  },
  {
    id: "plating", parents: ["surface-treatment"],
    vi: "Xi mạ", en: "Electroplating", ja: "めっき",
    synonyms: ["=mạ", "mạ điện", "mạ kim loại", "mạ điện phân", "plating", "metal plating", "electroplated", "メッキ", "めっき加工", "電気めっき"],
  },
  {
    id: "zinc-plating", parents: ["plating"],
    vi: "Mạ kẽm", en: "Zinc plating", ja: "亜鉛めっき",
    synonyms: ["mạ kẽm điện phân", "mạ kẽm trắng", "mạ kẽm 7 màu", "mạ kẽm cầu vồng", "zinc plated", "electro galvanizing",
      "electro-galvanized", "zinc nickel plating", "亜鉛メッキ", "ユニクロメッキ", "三価クロメート"],
  },
  {
    id: "hot-dip-galvanizing", parents: ["plating"],
    vi: "Mạ kẽm nhúng nóng", en: "Hot-dip galvanizing", ja: "溶融亜鉛めっき",
    synonyms: ["mạ nhúng nóng", "nhúng kẽm nóng", "hot dip galvanizing", "hot-dip galvanized", "HDG", "galvanizing", "galvanized",
      "ドブめっき", "溶融亜鉛"],
  },
  {
    id: "nickel-plating", parents: ["plating"],
    vi: "Mạ niken", en: "Nickel plating", ja: "ニッケルめっき",
    synonyms: ["mạ nikel", "mạ ni", "mạ niken hóa học", "nickel plated", "electroless nickel", "ENP", "ニッケルメッキ", "無電解ニッケル"],
  },
  {
    id: "chrome-plating", parents: ["plating"],
    vi: "Mạ crom", en: "Chrome plating", ja: "クロムめっき",
    synonyms: ["mạ chrome", "mạ crom cứng", "chromium plating", "hard chrome", "hard chrome plating", "decorative chrome", "クロムメッキ",
      "硬質クロム"],
  },
  {
    id: "copper-tin-plating", parents: ["plating"],
    vi: "Mạ đồng, mạ thiếc", en: "Copper and tin plating", ja: "銅・スズめっき",
    synonyms: ["mạ đồng", "mạ thiếc", "copper plating", "tin plating", "tin plated", "銅メッキ", "スズメッキ"],
  },
  {
    id: "precious-plating", parents: ["plating"],
    vi: "Mạ vàng, mạ bạc", en: "Gold and silver plating", ja: "金・銀めっき",
    synonyms: ["mạ vàng", "mạ bạc", "gold plating", "silver plating", "金メッキ", "銀メッキ"],
  },
  {
    id: "anodising", parents: ["surface-treatment"],
    vi: "Anốt hóa nhôm", en: "Anodising", ja: "アルマイト処理",
    synonyms: ["anốt hóa", "anod hóa", "anode hóa", "anod hóa nhôm", "anốt hóa cứng", "mạ anod", "mạ anot", "anodizing", "anodize",
      "anodized aluminium", "aluminium anodising", "hard anodizing", "hard anodising", "hard coat anodizing", "アルマイト",
      "陽極酸化", "硬質アルマイト"],
  },
  {
    id: "painting", parents: ["surface-treatment"],
    vi: "Sơn phủ bề mặt", en: "Industrial painting and coating", ja: "塗装",
    synonyms: ["=sơn", "sơn phủ", "phun sơn", "sơn công nghiệp", "sơn ướt", "sơn nước", "sơn hoàn thiện", "painting",
      "surface painting", "spray painting", "wet painting", "industrial painting", "industrial coating", "coating",
      "paint finishing", "塗装加工", "焼付塗装"],
  },
  {
    id: "powder-coating", parents: ["painting"],
    vi: "Sơn tĩnh điện", en: "Powder coating", ja: "粉体塗装",
    synonyms: ["sơn bột", "sơn bột tĩnh điện", "powder coated", "powder paint", "electrostatic painting",
      "electrostatic powder coating", "静電塗装"],
  },
  {
    id: "e-coating", parents: ["painting"],
    vi: "Sơn điện di", en: "E-coating (electrophoretic painting)", ja: "電着塗装",
    synonyms: ["sơn ED", "sơn nhúng điện di", "điện di", "ED coating", "e-coating", "e-coat", "electrophoresis",
      "electrophoretic coating", "electrophoretic painting", "cathodic electrodeposition", "KTL", "電着"],
  },
  {
    id: "special-coating", parents: ["surface-treatment"],
    vi: "Phủ Teflon, phủ đặc biệt", en: "PTFE and special coatings", ja: "テフロン・特殊コーティング",
    synonyms: ["phủ teflon", "phủ PTFE", "Teflon coating", "PTFE coating", "DLC coating", "PVD coating", "phủ PVD", "phủ DLC",
      "thermal spray", "phun phủ nhiệt", "テフロンコーティング", "PVDコーティング"],
  },
  {
    id: "chemical-conversion", parents: ["surface-treatment"],
    vi: "Nhuộm đen, phốt phát hóa", en: "Black oxide and phosphating", ja: "黒染め・リン酸塩処理",
    synonyms: ["nhuộm đen", "nhuộm đen kim loại", "phốt phát hóa", "photphat hóa", "thụ động hóa", "black oxide", "blackening",
      "phosphating", "phosphate coating", "passivation", "黒染め", "パーカー処理", "不動態化"],
  },
  {
    id: "blasting", parents: ["surface-treatment"],
    vi: "Phun cát, phun bi", en: "Sand and shot blasting", ja: "ブラスト処理",
    synonyms: ["phun cát", "phun bi", "bắn bi", "phun hạt", "sandblasting", "sand blasting", "shot blasting", "shot peening",
      "bead blasting", "ショットブラスト", "サンドブラスト"],
  },
  {
    id: "polishing", parents: ["surface-treatment"],
    vi: "Đánh bóng", en: "Polishing and deburring", ja: "研磨・バリ取り",
    synonyms: ["mài bóng", "đánh bóng inox", "làm sạch bavia", "đánh bavia", "polishing", "buffing", "mirror polishing",
      "electropolishing", "deburring", "vibratory finishing", "バフ研磨", "バリ取り", "電解研磨"],
  },
  {
    id: "laser-marking", sector: "mechanical",
    vi: "Khắc laser", en: "Laser marking and engraving", ja: "レーザーマーキング",
    synonyms: ["khắc laze", "khắc chữ", "laser marking", "laser engraving", "engraving", "レーザー刻印", "刻印"],
  },

  // ───────────────────────────── Mechanical: heat treatment ─────────────────────────────
  {
    id: "heat-treatment", sector: "mechanical",
    vi: "Nhiệt luyện", en: "Heat treatment", ja: "熱処理",
    synonyms: ["xử lý nhiệt", "tôi ram", "tôi thép", "tôi luyện", "tôi dầu", "ram thép", "heat treating", "heat treated", "quenching",
      "quenching and tempering", "tempering", "hardening", "through hardening", "焼入れ", "焼戻し"],
  },
  {
    id: "induction-hardening", parents: ["heat-treatment"],
    vi: "Tôi cao tần", en: "Induction hardening", ja: "高周波焼入れ",
    synonyms: ["tôi cảm ứng", "tôi bề mặt cao tần", "high frequency hardening", "induction heat treatment", "高周波", "高周波焼入"],
  },
  {
    id: "carburising", parents: ["heat-treatment"],
    vi: "Thấm carbon", en: "Carburising", ja: "浸炭焼入れ",
    synonyms: ["thấm cacbon", "thấm các bon", "thấm C", "carburizing", "case hardening", "carbonitriding", "浸炭", "浸炭焼入"],
  },
  {
    id: "nitriding", parents: ["heat-treatment"],
    vi: "Thấm nitơ", en: "Nitriding", ja: "窒化処理",
    synonyms: ["thấm N", "gas nitriding", "nitrocarburizing", "窒化", "軟窒化"],
  },
  {
    id: "annealing", parents: ["heat-treatment"],
    vi: "Ủ, thường hóa", en: "Annealing and normalising", ja: "焼なまし",
    synonyms: ["=ủ", "ủ thép", "ủ mềm", "ủ nhiệt", "thường hóa", "annealing", "normalising", "normalizing", "stress relieving", "焼鈍",
      "焼きなまし", "焼ならし"],
  },
  {
    id: "vacuum-heat-treatment", parents: ["heat-treatment"],
    vi: "Tôi chân không", en: "Vacuum heat treatment", ja: "真空熱処理",
    synonyms: ["nhiệt luyện chân không", "vacuum hardening", "真空焼入れ"],
  },

  // ───────────────────────────── Mechanical: springs, fasteners, assembly ─────────────────────────────
  {
    id: "spring-manufacturing", sector: "mechanical",
    vi: "Sản xuất lò xo", en: "Spring manufacturing", ja: "ばね製造",
    synonyms: ["làm lò xo", "quấn lò xo", "cuốn lò xo", "gia công lò xo", "spring making", "spring maker", "spring coiling",
      "coil springs", "coil spring manufacturing", "springs manufacturing", "ばね", "スプリング製造"],
  },
  {
    id: "fastener-manufacturing", sector: "mechanical",
    vi: "Sản xuất bu lông, ốc vít", en: "Fastener manufacturing", ja: "ファスナー製造",
    synonyms: ["sản xuất bu lông ốc vít", "sản xuất bu lông", "sản xuất bulong", "sản xuất ốc vít", "sản xuất vít",
      "sản xuất đinh vít", "screws and bolts", "bolts and screws", "bolts and nuts", "fasteners", "fastener production",
      "bolt manufacturing", "screw manufacturing", "ねじ製造", "締結部品製造"],
  },
  {
    id: "cold-heading", parents: ["fastener-manufacturing"],
    vi: "Dập nguội bu lông", en: "Cold heading", ja: "冷間圧造",
    synonyms: ["dập đầu nguội", "dập đầu bu lông", "dập nguội ốc vít", "cold header", "cold forming", "cold-formed fasteners",
      "ヘッダー加工"],
  },
  {
    id: "thread-rolling", parents: ["fastener-manufacturing"],
    vi: "Cán ren", en: "Thread rolling", ja: "転造",
    synonyms: ["lăn ren", "tiện ren", "threading", "thread cutting", "ねじ転造"],
  },
  {
    id: "assembly", sector: "mechanical",
    vi: "Lắp ráp cơ khí", en: "Mechanical assembly", ja: "組立",
    synonyms: ["lắp ráp", "lắp ráp cụm chi tiết", "assembly", "sub-assembly", "subassembly", "assembly services", "アッセンブリ", "組み立て"],
  },
  {
    id: "machine-building", sector: "mechanical",
    vi: "Chế tạo máy, thiết bị tự động", en: "Machine building and automation", ja: "機械・自動機製作",
    synonyms: ["chế tạo máy", "chế tạo thiết bị", "máy chuyên dùng", "thiết bị tự động", "tự động hóa", "special purpose machine",
      "machine building", "automation equipment", "factory automation", "conveyor", "băng tải", "自動機", "省力化機械", "機械製作"],
  },
  {
    id: "engineering-design", sector: "mechanical",
    vi: "Thiết kế kỹ thuật, CAD/CAM", en: "Engineering design (CAD/CAM)", ja: "設計（CAD/CAM）",
    synonyms: ["thiết kế kỹ thuật", "thiết kế cơ khí", "thiết kế ngược", "quét 3D", "CAD/CAM", "CAD CAM", "engineering design",
      "mechanical design", "reverse engineering", "3D scanning", "product design", "設計", "機械設計"],
  },
  {
    id: "inspection-testing", sector: "mechanical",
    vi: "Đo kiểm, thử nghiệm", en: "Inspection and testing", ja: "検査・測定",
    synonyms: ["đo kiểm", "kiểm tra chất lượng", "thử nghiệm", "đo 3D", "máy đo CMM", "CMM", "inspection", "testing", "measurement",
      "CMM inspection", "non-destructive testing", "NDT", "検査", "測定", "非破壊検査"],
  },
  {
    id: "3d-printing", sector: "mechanical",
    vi: "In 3D, tạo mẫu nhanh", en: "3D printing and rapid prototyping", ja: "3Dプリント・試作",
    synonyms: ["in 3D", "in 3 chiều", "tạo mẫu nhanh", "làm mẫu nhanh", "3D printing", "3D printed parts", "additive manufacturing",
      "rapid prototyping", "prototyping", "FDM printing", "SLA printing", "SLS printing", "3Dプリンター", "積層造形", "試作"],
  },

  // ───────────────────────────── Plastics and rubber ─────────────────────────────
  {
    id: "plastics-processing", broad: true, sector: "plastics-rubber",
    vi: "Gia công nhựa", en: "Plastics processing", ja: "プラスチック加工",
    synonyms: ["sản xuất sản phẩm nhựa", "plastic processing", "plastic manufacturing", "樹脂加工"],
  },
  {
    id: "injection-moulding", parents: ["plastics-processing"],
    vi: "Ép phun nhựa", en: "Injection moulding", ja: "射出成形",
    synonyms: ["ép nhựa", "ép phun", "đúc nhựa", "ép nhựa kỹ thuật", "ép khuôn nhựa", "đúc phun nhựa", "nhựa ép phun",
      "injection molding", "plastic injection", "plastic injection moulding", "plastic molding", "plastic moulding",
      "injection moulded parts", "injection molded", "射出成型", "インジェクション成形", "樹脂成形", "プラスチック成形", "成形加工"],
  },
  {
    id: "insert-moulding", parents: ["injection-moulding"],
    vi: "Ép phun chèn, ép hai màu", en: "Insert and two-shot moulding", ja: "インサート・二色成形",
    synonyms: ["ép chèn", "ép phun chèn", "ép 2 màu", "ép hai màu", "ép 2 lớp", "insert molding", "overmolding", "over-molding",
      "two-shot molding", "2K molding", "インサート成形", "二色成形"],
  },
  {
    id: "blow-moulding", parents: ["plastics-processing"],
    vi: "Thổi nhựa", en: "Blow moulding", ja: "ブロー成形",
    synonyms: ["thổi chai", "thổi chai PET", "ép thổi", "thổi khuôn", "blow molding", "extrusion blow molding",
      "injection blow molding", "stretch blow molding", "PET bottle blowing", "ブロー成型"],
  },
  {
    id: "extrusion",
    vi: "Đùn ép", en: "Extrusion", ja: "押出成形",
    synonyms: ["=đùn", "ép đùn", "extruding", "extruded profiles", "extrusions", "押出", "押し出し", "押出し成形"],
  },
  {
    id: "plastic-extrusion", parents: ["extrusion", "plastics-processing"], sector: "plastics-rubber",
    vi: "Đùn nhựa", en: "Plastic extrusion", ja: "プラスチック押出成形",
    synonyms: ["ép đùn nhựa", "đùn ống nhựa", "đùn profile nhựa", "plastics extrusion", "extruded plastic", "pipe extrusion",
      "profile extrusion", "sheet extrusion", "樹脂押出", "プラスチック押出"],
  },
  {
    id: "aluminium-extrusion", parents: ["extrusion"], sector: "mechanical",
    vi: "Ép đùn nhôm", en: "Aluminium extrusion", ja: "アルミ押出",
    synonyms: ["đùn nhôm", "ép nhôm định hình", "nhôm định hình", "aluminum extrusion", "aluminium profiles", "aluminum profile",
      "extruded aluminium", "アルミ押出し", "アルミ押し出し", "アルミ形材"],
  },
  {
    id: "thermoforming", parents: ["plastics-processing"],
    vi: "Hút chân không, định hình nhiệt", en: "Thermoforming", ja: "真空成形",
    synonyms: ["hút chân không", "hút vỉ", "ép vỉ", "định hình nhiệt", "vacuum forming", "blister forming", "真空成型", "熱成形"],
  },
  {
    id: "rotational-moulding", parents: ["plastics-processing"],
    vi: "Đúc quay", en: "Rotational moulding", ja: "回転成形",
    synonyms: ["ép quay", "rotational molding", "rotomolding", "rotomoulding"],
  },
  {
    id: "plastic-welding", parents: ["plastics-processing"],
    vi: "Hàn nhựa, hàn siêu âm", en: "Plastic and ultrasonic welding", ja: "樹脂溶着・超音波溶着",
    synonyms: ["hàn nhựa", "hàn siêu âm", "ultrasonic welding", "plastic welding", "hot plate welding", "超音波溶着", "樹脂溶着"],
  },
  {
    id: "foam-processing", parents: ["plastics-processing"],
    vi: "Sản xuất xốp, mút", en: "Foam moulding and converting", ja: "発泡成形・加工",
    synonyms: ["sản xuất xốp", "ép xốp", "đúc xốp", "cắt xốp", "cắt mút", "sản xuất mút", "xốp định hình", "foam molding", "foam moulding",
      "foam converting", "foam cutting", "EPS molding", "PU foaming", "発泡成形", "発泡スチロール成形"],
  },
  {
    id: "rubber-moulding", sector: "plastics-rubber",
    vi: "Đúc cao su", en: "Rubber moulding", ja: "ゴム成形",
    synonyms: ["ép cao su", "ép cao su kỹ thuật", "gia công cao su", "sản xuất cao su kỹ thuật", "lưu hóa cao su", "lưu hóa",
      "rubber molding", "technical rubber parts", "technical rubber", "rubber products manufacturing", "molded rubber",
      "vulcanizing", "vulcanization", "vulcanising", "ゴム成型", "加硫", "ゴム加工"],
  },
  {
    id: "rubber-compression-moulding", parents: ["rubber-moulding"],
    vi: "Ép nén cao su", en: "Rubber compression moulding", ja: "ゴム圧縮成形",
    synonyms: ["ép nén", "ép khuôn cao su", "rubber compression molding", "compression molding", "compression moulding",
      "transfer molding", "圧縮成形"],
  },
  {
    id: "rubber-injection-moulding", parents: ["rubber-moulding"],
    vi: "Ép phun cao su, silicone lỏng", en: "Rubber and LSR injection moulding", ja: "ゴム射出成形",
    synonyms: ["ép phun cao su", "ép silicone", "ép silicon", "rubber injection molding", "LSR molding", "LSR",
      "liquid silicone rubber", "silicone molding"],
  },
  {
    id: "rubber-extrusion", parents: ["rubber-moulding", "extrusion"],
    vi: "Đùn cao su", en: "Rubber extrusion", ja: "ゴム押出",
    synonyms: ["đùn gioăng cao su", "extruded rubber", "rubber profiles", "ゴム押出し"],
  },
  {
    id: "rubber-compounding", parents: ["rubber-moulding"],
    vi: "Cán luyện cao su", en: "Rubber compounding", ja: "ゴム練り",
    synonyms: ["phối trộn cao su", "luyện cao su", "rubber mixing", "ゴム配合"],
  },

  // ───────────────────────────── Electronics ─────────────────────────────
  {
    id: "pcb-assembly", sector: "electronics",
    vi: "Lắp ráp bo mạch (PCBA)", en: "PCB assembly (PCBA)", ja: "基板実装",
    synonyms: ["lắp ráp bo mạch", "lắp ráp bo mạch điện tử", "lắp ráp mạch điện tử", "lắp ráp mạch in", "gia công bo mạch", "PCBA",
      "PCB assembly", "PCBA services", "electronics manufacturing services", "EMS", "board assembly", "基板組立", "実装"],
  },
  {
    id: "smt", parents: ["pcb-assembly"],
    vi: "Dán linh kiện bề mặt (SMT)", en: "SMT assembly", ja: "SMT実装",
    synonyms: ["SMT", "dán linh kiện bề mặt", "dán linh kiện SMT", "dán SMT", "hàn linh kiện SMT", "dây chuyền SMT", "hàn SMT",
      "surface mount", "surface mount technology", "SMT line", "reflow soldering", "表面実装", "チップマウント"],
  },
  {
    id: "through-hole-assembly", parents: ["pcb-assembly"],
    vi: "Cắm linh kiện xuyên lỗ (DIP)", en: "Through-hole assembly (THT/DIP)", ja: "挿入実装",
    synonyms: ["cắm linh kiện", "cắm DIP", "hàn sóng", "hàn thiếc", "hàn tay linh kiện", "DIP", "THT", "through hole", "through-hole",
      "wave soldering", "hand soldering", "soldering", "はんだ付け"],
  },
  {
    id: "pcb-fabrication", sector: "electronics",
    vi: "Sản xuất bảng mạch in (PCB)", en: "PCB fabrication", ja: "プリント基板製造",
    synonyms: ["sản xuất PCB", "sản xuất mạch in", "sản xuất bảng mạch", "chế tạo bo mạch", "PCB manufacturing", "bare board", "FPC",
      "flexible PCB", "mạch in dẻo", "multilayer PCB", "基板製造"],
  },
  {
    id: "wire-cable", sector: "electronics",
    vi: "Dây điện, cáp và bó dây", en: "Wire, cable and harness", ja: "電線・ケーブル・ハーネス",
    synonyms: ["dây và cáp điện", "wire and cable", "wire & cable", "電線・ケーブル"],
  },
  {
    id: "wire-harness", parents: ["wire-cable"],
    vi: "Bó dây điện", en: "Wire harness", ja: "ワイヤーハーネス",
    synonyms: ["bó dây", "dây điện ô tô", "sản xuất bó dây", "wiring harness", "cable harness", "harness", "automotive harness",
      "ハーネス", "ワイヤハーネス"],
  },
  {
    id: "cable-assembly", parents: ["wire-cable"],
    vi: "Gia công cáp, bấm đầu cos", en: "Cable assembly", ja: "ケーブルアッセンブリ",
    synonyms: ["gia công cáp", "gia công dây cáp", "bấm đầu cos", "bấm cos", "đấu nối cáp", "cable assemblies", "crimping",
      "terminal crimping", "ケーブル加工", "圧着"],
  },
  {
    id: "cable-manufacturing", parents: ["wire-cable"],
    vi: "Sản xuất dây cáp điện", en: "Wire and cable manufacturing", ja: "電線製造",
    synonyms: ["sản xuất dây điện", "sản xuất cáp điện", "sản xuất cáp", "kéo dây đồng", "kéo dây", "bọc cách điện",
      "cable manufacturing", "cable making", "cable production", "wire drawing", "伸線"],
  },
  {
    id: "coil-winding", sector: "electronics",
    vi: "Quấn biến áp, cuộn dây", en: "Transformer and coil winding", ja: "コイル巻線",
    synonyms: ["quấn dây", "quấn biến áp", "quấn cuộn dây", "quấn motor", "quấn mô tơ", "sản xuất biến áp", "coil winding",
      "transformer winding", "transformer manufacturing", "motor winding", "inductor winding", "巻線", "トランス製造"],
  },
  {
    id: "electronics-assembly", sector: "electronics",
    vi: "Lắp ráp thiết bị điện tử", en: "Electronics box-build assembly", ja: "電子機器組立",
    synonyms: ["lắp ráp điện tử", "lắp ráp thiết bị điện", "box build", "box-build", "electronic assembly", "electronics assembly",
      "electrical assembly", "電子組立"],
  },
  {
    id: "electrical-panel", sector: "electronics",
    vi: "Lắp ráp tủ điện", en: "Electrical panel building", ja: "制御盤製作",
    synonyms: ["sản xuất tủ điện", "tủ bảng điện", "panel building", "control panel assembly", "switchboard assembly", "制御盤", "配電盤製作"],
  },
  {
    id: "electronic-design", sector: "electronics",
    vi: "Thiết kế mạch điện tử", en: "Electronic and PCB design", ja: "回路設計",
    synonyms: ["thiết kế mạch", "thiết kế PCB", "lập trình nhúng", "PCB design", "circuit design", "firmware", "embedded software",
      "基板設計"],
  },

  // ───────────────────────────── Textiles, garments, leather, footwear ─────────────────────────────
  {
    id: "spinning", sector: "textile-footwear",
    vi: "Kéo sợi", en: "Yarn spinning", ja: "紡績",
    synonyms: ["se sợi", "sản xuất sợi", "spinning", "yarn production", "yarn manufacturing", "紡糸"],
  },
  {
    id: "fabric-manufacturing", sector: "textile-footwear",
    vi: "Dệt vải", en: "Fabric manufacturing (weaving and knitting)", ja: "製織・編立",
    synonyms: ["dệt", "sản xuất vải", "textile manufacturing", "fabric manufacturing", "fabric production", "textile mill", "織物製造",
      "生地製造"],
  },
  {
    id: "weaving", parents: ["fabric-manufacturing"],
    vi: "Dệt thoi", en: "Weaving", ja: "製織",
    synonyms: ["dệt khí", "dệt vải thoi", "fabric weaving", "woven fabric production", "air jet weaving", "rapier weaving",
      "jacquard weaving", "織布"],
  },
  {
    id: "knitting", parents: ["fabric-manufacturing"],
    vi: "Dệt kim", en: "Knitting", ja: "編立",
    synonyms: ["dệt kim tròn", "dệt kim đan ngang", "dệt len", "đan len", "circular knitting", "flat knitting", "warp knitting",
      "knitted fabric production", "ニット", "編み立て"],
  },
  {
    id: "nonwoven", parents: ["fabric-manufacturing"],
    vi: "Sản xuất vải không dệt", en: "Nonwoven production", ja: "不織布製造",
    synonyms: ["vải không dệt", "nonwoven", "non-woven", "nonwoven fabric production", "不織布"],
  },
  {
    id: "textile-finishing", sector: "textile-footwear",
    vi: "Nhuộm và in vải", en: "Textile dyeing and printing", ja: "染色・捺染",
    synonyms: ["nhuộm in", "hoàn tất vải", "xử lý hoàn tất", "textile finishing", "fabric finishing", "wet processing", "染色加工"],
  },
  {
    id: "dyeing", parents: ["textile-finishing"],
    vi: "Nhuộm vải", en: "Fabric dyeing", ja: "染色",
    synonyms: ["nhuộm", "nhuộm sợi", "nhuộm may mặc", "giặt nhuộm", "dyeing", "yarn dyeing", "garment dyeing", "textile dyeing", "染め"],
  },
  {
    id: "textile-printing", parents: ["textile-finishing"],
    vi: "In hoa văn vải", en: "Textile printing", ja: "捺染",
    synonyms: ["in vải", "in hoa văn", "in trên vải", "in chuyển nhiệt", "in áo", "in áo thun", "fabric printing",
      "sublimation printing", "heat transfer printing", "digital textile printing", "garment printing", "テキスタイルプリント"],
  },
  {
    id: "garment-washing", parents: ["textile-finishing"],
    vi: "Giặt công nghiệp, wash", en: "Garment washing", ja: "製品洗い",
    synonyms: ["giặt mài", "giặt wash", "giặt công nghiệp", "denim washing", "stone wash", "enzyme wash"],
  },
  {
    id: "garment-sewing", sector: "textile-footwear",
    vi: "May gia công (CMT)", en: "Garment sewing (CMT)", ja: "縫製",
    synonyms: ["=may", "may gia công", "may mặc", "cắt may", "may công nghiệp", "gia công may mặc", "gia công hàng may mặc", "may đo",
      "CMT", "CMT sewing", "cut make trim", "cut-make-trim", "cut and sew", "garment sewing", "garment manufacturing",
      "apparel manufacturing", "sewing", "FOB garment", "縫製加工"],
  },
  {
    id: "fabric-cutting", parents: ["garment-sewing"],
    vi: "Giác sơ đồ, cắt vải", en: "Pattern making and cutting", ja: "パターン・裁断",
    synonyms: ["giác sơ đồ", "cắt vải", "cắt bán thành phẩm", "pattern making", "fabric cutting", "marker making", "裁断", "パターン作成"],
  },
  {
    id: "embroidery", sector: "textile-footwear",
    vi: "Thêu vi tính", en: "Embroidery", ja: "刺繍",
    synonyms: ["thêu", "thêu máy", "thêu logo", "máy thêu", "computer embroidery", "machine embroidery", "logo embroidery",
      "embroidered", "ししゅう"],
  },
  {
    id: "label-weaving", sector: "textile-footwear",
    vi: "Dệt nhãn", en: "Woven label weaving", ja: "織ネーム製造",
    synonyms: ["dệt nhãn mác", "label weaving", "woven label production", "jacquard labels", "織ネーム"],
  },
  {
    id: "trims-manufacturing", sector: "textile-footwear",
    vi: "Sản xuất phụ liệu may", en: "Garment trims manufacturing", ja: "服飾資材製造",
    synonyms: ["phụ liệu may", "phụ liệu may mặc", "phụ liệu dệt may", "sản xuất cúc áo", "sản xuất khóa kéo", "dệt dây đai", "dệt băng",
      "garment accessories manufacturing", "trims manufacturing", "webbing weaving", "narrow fabrics", "服飾資材"],
  },
  {
    id: "leather-tanning", sector: "textile-footwear",
    vi: "Thuộc da", en: "Leather tanning", ja: "皮革なめし",
    synonyms: ["xử lý da thuộc", "xử lý da", "tanning", "tannery", "leather processing", "なめし", "製革"],
  },
  {
    id: "leather-finishing", parents: ["leather-tanning"],
    vi: "Hoàn thiện da", en: "Leather finishing", ja: "皮革仕上げ",
    synonyms: ["hoàn tất da", "sơn da", "leather coating"],
  },
  {
    id: "leather-goods", sector: "textile-footwear",
    vi: "Sản xuất đồ da", en: "Leather goods manufacturing", ja: "革製品製造",
    synonyms: ["đồ da", "sản xuất túi xách", "leather goods", "handbag manufacturing", "革製品", "鞄製造"],
  },
  {
    id: "footwear-manufacturing", broad: true, sector: "textile-footwear",
    vi: "Sản xuất giày dép", en: "Footwear manufacturing", ja: "履物製造",
    synonyms: ["sản xuất giày", "gia công giày", "shoe manufacturing", "shoemaking", "footwear production", "製靴"],
  },
  {
    id: "outsole-moulding", parents: ["footwear-manufacturing"],
    vi: "Sản xuất đế giày", en: "Shoe sole production", ja: "靴底成形",
    synonyms: ["ép đế giày", "ép đế", "đúc đế giày", "ép đế EVA", "ép đế cao su", "outsole molding", "outsole moulding",
      "sole molding", "sole production", "outsole production", "EVA phylon", "靴底", "ソール成形", "アウトソール成形"],
  },
  {
    id: "shoe-upper-making", parents: ["footwear-manufacturing"],
    vi: "May mũ giày", en: "Shoe upper stitching", ja: "製甲",
    synonyms: ["làm mũ giày", "gia công mũ giày", "upper stitching", "upper making"],
  },
  {
    id: "shoe-lasting", parents: ["footwear-manufacturing"],
    vi: "Gò ráp giày", en: "Shoe lasting and assembly", ja: "靴の吊り込み・底付け",
    synonyms: ["gò giày", "gò ráp", "ráp đế", "shoe lasting", "shoe assembly", "cementing", "吊り込み", "底付け"],
  },

  // ───────────────────────────── Packaging and printing ─────────────────────────────
  {
    id: "printing", sector: "packaging",
    vi: "In ấn bao bì, nhãn mác", en: "Packaging and label printing", ja: "印刷",
    synonyms: ["=in", "in ấn", "công nghệ in", "nhà in", "xưởng in", "printing", "print", "printing services"],
  },
  {
    id: "offset-printing", parents: ["printing"],
    vi: "In offset", en: "Offset printing", ja: "オフセット印刷",
    synonyms: ["in offset 4 màu", "máy in offset", "offset", "sheet-fed offset", "オフセット"],
  },
  {
    id: "flexo-printing", parents: ["printing"],
    vi: "In flexo", en: "Flexographic printing", ja: "フレキソ印刷",
    synonyms: ["in flexo thùng carton", "flexo", "flexo printing", "フレキソ"],
  },
  {
    id: "gravure-printing", parents: ["printing"],
    vi: "In ống đồng", en: "Gravure printing", ja: "グラビア印刷",
    synonyms: ["in trục đồng", "gravure", "rotogravure", "グラビア"],
  },
  {
    id: "digital-printing", parents: ["printing"],
    vi: "In kỹ thuật số, in UV", en: "Digital and UV printing", ja: "デジタル・UV印刷",
    synonyms: ["in kỹ thuật số", "in KTS", "in UV", "in phun", "digital printing", "UV printing", "inkjet printing", "デジタル印刷", "UV印刷"],
  },
  {
    id: "screen-printing", parents: ["printing"],
    vi: "In lụa", en: "Screen printing", ja: "スクリーン印刷",
    synonyms: ["in lưới", "silk screen", "silkscreen", "silk screen printing", "シルク印刷"],
  },
  {
    id: "pad-printing", parents: ["printing"],
    vi: "In tampon", en: "Pad printing", ja: "パッド印刷",
    synonyms: ["in tampo", "in tampong", "tampo printing", "タンポ印刷"],
  },
  {
    id: "label-printing", parents: ["printing"],
    vi: "In nhãn mác", en: "Label printing", ja: "ラベル印刷",
    synonyms: ["in nhãn", "in tem", "in tem nhãn", "in decal", "in nhãn decal", "sticker printing", "label and tag printing", "シール印刷"],
  },
  {
    id: "packaging-printing", parents: ["printing"],
    vi: "In bao bì", en: "Packaging printing", ja: "パッケージ印刷",
    synonyms: ["in bao bì giấy", "in hộp giấy", "in bao bì nhựa", "package printing"],
  },
  {
    id: "print-finishing", parents: ["printing"],
    vi: "Gia công sau in (bế, ép nhũ, cán màng)", en: "Print finishing (die cutting, foil stamping, laminating)", ja: "印刷後加工",
    synonyms: ["gia công sau in", "bế hộp", "=bế", "bế khuôn", "ép nhũ", "ép kim", "cán màng", "phủ UV", "dập nổi", "die cutting", "foil stamping",
      "hot foil stamping", "embossing", "laminating", "UV varnish", "箔押し", "型抜き"],
  },
  {
    id: "paper-packaging", broad: true, sector: "packaging",
    vi: "Sản xuất bao bì giấy", en: "Paper packaging manufacturing", ja: "紙製包装製造",
    synonyms: ["bao bì giấy", "paper packaging", "紙包装"],
  },
  {
    id: "corrugated-cartons", parents: ["paper-packaging"],
    vi: "Sản xuất thùng carton sóng", en: "Corrugated carton manufacturing", ja: "段ボール製造",
    synonyms: ["sản xuất thùng carton", "sản xuất bao bì carton", "bao bì carton sóng", "bao bì carton", "làm thùng carton", "carton sóng",
      "carton box manufacturing", "corrugated cartons", "corrugated box manufacturing", "corrugated packaging", "corrugated boxes production",
      "段ボール箱製造", "段ボール"],
  },
  {
    id: "paper-box-making", parents: ["paper-packaging"],
    vi: "Sản xuất hộp giấy", en: "Paper box making", ja: "紙箱製造",
    synonyms: ["làm hộp giấy", "hộp cứng cao cấp", "folding carton", "folding cartons", "paper box manufacturing", "rigid box making",
      "紙器", "化粧箱製造"],
  },
  {
    id: "plastic-bag-making", sector: "packaging",
    vi: "Sản xuất túi nilon, màng nhựa", en: "Plastic bag and film making", ja: "プラスチック袋・フィルム製造",
    synonyms: ["sản xuất túi nilon", "sản xuất túi nhựa", "sản xuất bao bì nhựa", "thổi màng", "thổi túi", "màng co", "blown film",
      "film blowing", "plastic bag production", "plastic bag making", "poly bag manufacturing", "film extrusion",
      "インフレーション成形", "ポリ袋製造"],
  },
  {
    id: "flexible-packaging", sector: "packaging",
    vi: "Bao bì mềm, màng ghép", en: "Flexible packaging", ja: "軟包装",
    synonyms: ["bao bì mềm", "màng ghép", "ghép màng", "túi ghép màng", "bao bì màng ghép", "laminated film", "laminated pouches"],
  },
  {
    id: "woven-bag-making", sector: "packaging",
    vi: "Sản xuất bao PP dệt", en: "Woven PP bag making", ja: "PP織袋製造",
    synonyms: ["bao PP dệt", "bao dệt PP", "bao jumbo", "bao tải dứa", "woven polypropylene bags", "woven PP bags", "jumbo bags", "FIBC",
      "フレコン"],
  },
  {
    id: "contract-packing", sector: "packaging",
    vi: "Đóng gói gia công", en: "Contract packing", ja: "梱包・包装作業",
    synonyms: ["đóng gói", "đóng gói hàng hóa", "gia công đóng gói", "packing", "kitting", "packing services", "梱包"],
  },
];
