import type { ConceptInput } from "../types";

/**
 * Product families, by sector. A family root that is not `broad` groups what buyers treat as one
 * need (bolts, nuts and screws are all "fasteners"); `broad` roots only organise.
 * Bare words that fold onto everyday Vietnamese ("nhãn" ~ "nhận", "cáp" ~ "cấp", "dây" ~ "đây")
 * are whole-term only ("=nhãn"): they map a product field but are ignored inside sentences.
 */
export const PRODUCTS: ConceptInput[] = [
  // ───────────── Mechanical parts ─────────────
  {
    id: "mechanical-parts", broad: true, sector: "mechanical",
    vi: "Linh kiện cơ khí", en: "Mechanical parts", ja: "機械部品",
    synonyms: ["chi tiết cơ khí", "phụ tùng cơ khí", "mechanical components", "metal parts", "linh kiện kim loại",
      "chi tiết kim loại", "金属部品"],
  },
  {
    id: "bracket", parents: ["mechanical-parts"],
    vi: "Giá đỡ, pát kim loại", en: "Brackets", ja: "ブラケット",
    synonyms: ["giá đỡ", "pát", "pát kim loại", "bát kim loại", "pát bắt", "ke góc", "giá treo", "metal brackets", "mounting bracket",
      "steel brackets", "金具", "取付金具"],
  },
  {
    id: "enclosure", parents: ["mechanical-parts"],
    vi: "Vỏ hộp, vỏ thiết bị", en: "Housings and enclosures", ja: "筐体・ハウジング",
    synonyms: ["vỏ hộp", "vỏ thiết bị", "vỏ máy", "vỏ bọc", "vỏ tủ", "vỏ hộp kim loại", "vỏ nhôm", "vỏ nhựa", "enclosures", "enclosure",
      "housings", "housing", "casing", "casings", "cover", "metal enclosure", "筐体", "ハウジング", "ケース"],
  },
  {
    id: "electrical-cabinet", parents: ["enclosure"],
    vi: "Tủ điện, vỏ tủ điện", en: "Electrical cabinets", ja: "制御盤筐体",
    synonyms: ["tủ điện", "vỏ tủ điện", "tủ bảng điện", "tủ điều khiển", "electrical cabinet", "control cabinet", "switchgear enclosure",
      "electrical box", "distribution box", "盤筐体", "制御盤"],
  },
  {
    id: "shaft", parents: ["mechanical-parts"],
    vi: "Trục", en: "Shafts", ja: "シャフト",
    synonyms: ["trục truyền động", "trục máy", "trục cán", "trục thép", "trục chính xác", "shaft", "drive shafts", "drive shaft",
      "spindle", "axle", "pins and shafts", "軸"],
  },
  {
    id: "gear", parents: ["mechanical-parts"],
    vi: "Bánh răng", en: "Gears", ja: "歯車",
    synonyms: ["bánh răng côn", "bánh răng trụ", "bánh vít", "nhông", "nhông xích", "đĩa xích", "gear", "spur gear", "helical gear",
      "bevel gear", "worm gear", "sprocket", "sprockets", "ギア", "ギヤ"],
  },
  {
    id: "gearbox-part", parents: ["gear"],
    vi: "Hộp số, hộp giảm tốc", en: "Gearbox parts", ja: "減速機部品",
    synonyms: ["hộp số", "hộp giảm tốc", "linh kiện hộp số", "chi tiết hộp số", "gearbox", "gearboxes", "reducer", "speed reducer",
      "transmission parts", "減速機", "ギアボックス"],
  },
  {
    id: "bearing-bushing", parents: ["mechanical-parts"],
    vi: "Vòng bi, bạc lót", en: "Bearings and bushings", ja: "軸受・ブッシュ",
    synonyms: ["vòng bi", "bạc đạn", "bạc lót", "ổ trục", "ổ bi", "bearing", "bearings", "bushing", "bushings", "bush", "ベアリング",
      "軸受", "ブッシュ"],
  },
  {
    id: "pulley-coupling", parents: ["mechanical-parts"],
    vi: "Puly, khớp nối", en: "Pulleys and couplings", ja: "プーリー・カップリング",
    synonyms: ["puly", "pu li", "khớp nối", "khớp nối trục", "pulley", "pulleys", "coupling", "couplings", "プーリー", "カップリング"],
  },
  {
    id: "fastener", parents: ["mechanical-parts"],
    vi: "Bu lông, ốc vít (chi tiết kẹp chặt)", en: "Fasteners", ja: "締結部品（ねじ類）",
    synonyms: ["bu lông ốc vít", "bulong ốc vít", "bu lông đai ốc", "kẹp chặt", "chi tiết kẹp chặt", "fastener", "hardware fasteners",
      "締結部品", "ねじ類"],
  },
  {
    id: "bolt", parents: ["fastener"],
    vi: "Bu lông", en: "Bolts", ja: "ボルト",
    synonyms: ["bulông", "bu lông lục giác", "bu lông neo", "bolt", "hex bolt", "anchor bolt", "stud bolt"],
  },
  {
    id: "nut", parents: ["fastener"],
    vi: "Đai ốc", en: "Nuts", ja: "ナット",
    synonyms: ["ê cu", "ecu", "đai ốc lục giác", "nut", "hex nut", "lock nut"],
  },
  {
    id: "screw", parents: ["fastener"],
    vi: "Ốc vít", en: "Screws", ja: "ねじ・ビス",
    synonyms: ["vít", "đinh vít", "vít tự khoan", "vít bắn tôn", "ốc", "screw", "self-tapping screw", "machine screw", "wood screw",
      "ねじ", "ビス", "小ねじ"],
  },
  {
    id: "washer-rivet-pin", parents: ["fastener"],
    vi: "Long đen, đinh tán, chốt", en: "Washers, rivets and pins", ja: "ワッシャー・リベット・ピン",
    synonyms: ["long đen", "vòng đệm", "đinh tán", "rive", "chốt", "chốt định vị", "washer", "washers", "rivet", "rivets", "dowel pin",
      "cotter pin", "ワッシャー", "リベット", "ピン"],
  },
  {
    id: "spring", parents: ["mechanical-parts"],
    vi: "Lò xo", en: "Springs", ja: "ばね",
    synonyms: ["các loại lò xo", "spring", "coil springs", "coil spring", "wire springs", "スプリング"],
  },
  {
    id: "compression-spring", parents: ["spring"],
    vi: "Lò xo nén", en: "Compression springs", ja: "圧縮ばね",
    synonyms: ["lò xo chịu nén", "compression spring", "圧縮コイルばね"],
  },
  {
    id: "torsion-spring", parents: ["spring"],
    vi: "Lò xo xoắn", en: "Torsion springs", ja: "ねじりばね",
    synonyms: ["lò xo xoắn ốc", "torsion spring", "ねじりコイルばね"],
  },
  {
    id: "extension-spring", parents: ["spring"],
    vi: "Lò xo kéo", en: "Extension springs", ja: "引張ばね",
    synonyms: ["lò xo giãn", "tension springs", "引張コイルばね"],
  },
  {
    id: "flat-spring", parents: ["spring"],
    vi: "Lò xo lá, nhíp", en: "Flat and leaf springs", ja: "板ばね",
    synonyms: ["lò xo lá", "lò xo dạng tấm", "nhíp", "lá nhíp", "flat springs", "leaf springs", "spring clips"],
  },
  {
    id: "heat-sink", parents: ["mechanical-parts"],
    vi: "Tản nhiệt nhôm", en: "Heat sinks", ja: "ヒートシンク",
    synonyms: ["tản nhiệt", "tấm tản nhiệt", "cánh tản nhiệt", "bộ tản nhiệt", "heat sink", "heatsink", "heatsinks", "cooling fins",
      "thermal management parts", "放熱板"],
  },
  {
    id: "machined-part", parents: ["mechanical-parts"],
    vi: "Chi tiết gia công cơ khí", en: "Machined parts", ja: "切削部品",
    synonyms: ["chi tiết gia công", "chi tiết máy", "chi tiết tiện", "chi tiết phay", "linh kiện gia công", "machined components",
      "turned parts", "CNC parts", "precision parts", "precision components", "加工部品"],
  },
  {
    id: "stamped-part", parents: ["mechanical-parts"],
    vi: "Chi tiết dập", en: "Stamped parts", ja: "プレス部品",
    synonyms: ["linh kiện dập", "sản phẩm dập", "stamping parts", "pressed parts", "metal stampings", "板金部品"],
  },
  {
    id: "cast-part", parents: ["mechanical-parts"],
    vi: "Chi tiết đúc", en: "Castings", ja: "鋳造部品",
    synonyms: ["sản phẩm đúc", "vật đúc", "phôi đúc", "cast parts", "cast components", "die cast parts", "鋳物部品", "ダイカスト部品"],
  },
  {
    id: "forged-part", parents: ["mechanical-parts"],
    vi: "Chi tiết rèn", en: "Forged parts", ja: "鍛造部品",
    synonyms: ["sản phẩm rèn", "phôi rèn", "forged components", "forged part"],
  },
  {
    id: "mould-die", sector: "mechanical",
    vi: "Khuôn mẫu", en: "Moulds and dies", ja: "金型",
    synonyms: ["khuôn", "khuôn các loại", "molds", "moulds", "molds and dies", "dies", "tooling sets", "型"],
  },
  {
    id: "injection-mould", parents: ["mould-die"],
    vi: "Khuôn ép nhựa", en: "Injection moulds", ja: "射出成形金型",
    synonyms: ["khuôn nhựa", "khuôn ép phun", "injection molds", "injection mould", "plastic molds", "plastic injection molds",
      "射出成形用金型", "プラスチック金型"],
  },
  {
    id: "stamping-die", parents: ["mould-die"],
    vi: "Khuôn dập", en: "Stamping dies", ja: "プレス金型",
    synonyms: ["khuôn đột", "khuôn dập liên hoàn", "khuôn chấn", "stamping die", "press dies", "press tools", "progressive dies",
      "プレス型", "順送金型"],
  },
  {
    id: "casting-die", parents: ["mould-die"],
    vi: "Khuôn đúc", en: "Casting dies", ja: "鋳造金型",
    synonyms: ["khuôn đúc áp lực", "khuôn đúc nhôm", "die casting molds", "die casting dies", "casting molds", "ダイカスト金型"],
  },
  {
    id: "rubber-mould", parents: ["mould-die"],
    vi: "Khuôn cao su, khuôn thổi, khuôn đùn", en: "Rubber, blow and extrusion moulds", ja: "ゴム・ブロー・押出金型",
    synonyms: ["khuôn cao su", "khuôn thổi", "khuôn đùn", "khuôn ép đế", "rubber molds", "blow molds", "extrusion dies", "ゴム金型", "押出金型"],
  },
  {
    id: "vehicle-parts", broad: true, sector: "mechanical",
    vi: "Phụ tùng xe", en: "Vehicle parts", ja: "車両部品",
    synonyms: ["linh kiện xe", "vehicle components"],
  },
  {
    id: "automotive-part", parents: ["vehicle-parts"],
    vi: "Linh kiện ô tô", en: "Automotive parts", ja: "自動車部品",
    synonyms: ["phụ tùng ô tô", "linh kiện ôtô", "phụ tùng ôtô", "automotive components", "auto parts", "car parts", "car components",
      "automobile parts", "車載部品"],
  },
  {
    id: "motorcycle-part", parents: ["vehicle-parts"],
    vi: "Linh kiện xe máy", en: "Motorcycle parts", ja: "二輪車部品",
    synonyms: ["phụ tùng xe máy", "phụ tùng xe gắn máy", "motorbike parts", "motorbike components", "motorcycle components", "二輪部品",
      "バイク部品"],
  },
  {
    id: "bicycle-part", parents: ["vehicle-parts"],
    vi: "Phụ tùng xe đạp", en: "Bicycle parts", ja: "自転車部品",
    synonyms: ["linh kiện xe đạp", "khung xe đạp", "bike parts", "e-bike parts"],
  },
  {
    id: "pipe-fitting", parents: ["mechanical-parts"],
    vi: "Ống, phụ kiện đường ống, van", en: "Pipes, fittings and valves", ja: "配管部品・バルブ",
    synonyms: ["ống thép", "ống inox", "ống đồng", "phụ kiện đường ống", "phụ kiện ống", "mặt bích", "=van", "van công nghiệp", "van bi", "van cổng", "van điều khiển", "van khí nén", "pipes",
      "tubes", "pipe fittings", "fittings", "flanges", "valves", "valve", "配管部品", "継手", "バルブ"],
  },
  {
    id: "hardware-fittings", parents: ["mechanical-parts"],
    vi: "Phụ kiện kim khí (bản lề, tay nắm, khóa)", en: "Hinges, handles and locks", ja: "ヒンジ・取手・錠前",
    synonyms: ["bản lề", "tay nắm", "tay cầm", "ổ khóa", "khóa cửa", "khóa tủ", "phụ kiện kim khí", "hinges", "hinge", "handles", "locks",
      "latches", "cabinet hardware", "ヒンジ", "取手", "錠前"],
  },
  {
    id: "cutting-tool", parents: ["mechanical-parts"],
    vi: "Dụng cụ cắt, dao cụ", en: "Cutting tools", ja: "切削工具",
    synonyms: ["dụng cụ cắt", "dao cụ", "dao phay", "mũi khoan", "mảnh dao", "lưỡi cưa", "end mills", "drill bits", "inserts",
      "saw blades", "エンドミル", "ドリル"],
  },
  {
    id: "machinery", parents: ["mechanical-parts"],
    vi: "Máy móc, thiết bị công nghiệp", en: "Industrial machinery and equipment", ja: "産業機械",
    synonyms: ["máy công nghiệp", "thiết bị công nghiệp", "máy chuyên dụng", "dây chuyền sản xuất", "industrial machinery",
      "industrial equipment", "production line", "machines", "設備"],
  },
  {
    id: "steel-structure-product", parents: ["mechanical-parts"],
    vi: "Kết cấu, khung thép", en: "Steel frames and structures", ja: "鉄骨・フレーム",
    synonyms: ["khung thép", "khung kim loại", "khung máy", "kệ thép", "giá kệ", "steel frames", "metal frames", "machine frames", "racks",
      "shelving", "フレーム", "架台"],
  },
  {
    id: "medical-device-part", sector: "mechanical",
    vi: "Linh kiện thiết bị y tế", en: "Medical device parts", ja: "医療機器部品",
    synonyms: ["thiết bị y tế", "dụng cụ y tế", "medical devices", "medical components", "医療機器"],
  },

  // ───────────── Electrical and electronics ─────────────
  {
    id: "pcb", sector: "electronics",
    vi: "Bo mạch điện tử", en: "Circuit boards (PCB/PCBA)", ja: "電子基板",
    synonyms: ["bo mạch", "bảng mạch", "bảng mạch in", "mạch điện tử", "mạch in", "board mạch", "circuit boards", "circuit board",
      "PCB", "PCBs", "printed circuit board", "printed circuit boards", "electronic boards", "PCB boards", "基板", "プリント基板"],
  },
  {
    id: "control-board", parents: ["pcb"],
    vi: "Mạch điều khiển", en: "Control boards", ja: "制御基板",
    synonyms: ["bo điều khiển", "bo mạch điều khiển", "control board", "controller board", "controllers", "main board", "コントローラ"],
  },
  {
    id: "power-supply", parents: ["pcb"],
    vi: "Bộ nguồn", en: "Power supplies", ja: "電源ユニット",
    synonyms: ["nguồn điện tử", "nguồn tổ ong", "adapter", "sạc", "bộ sạc", "power supply", "SMPS", "chargers", "power adapter", "電源"],
  },
  {
    id: "cable", sector: "electronics",
    vi: "Dây cáp điện", en: "Cables and wires", ja: "電線・ケーブル",
    synonyms: ["=cáp", "dây cáp", "cáp điện", "dây điện", "dây điện từ", "cáp đồng", "cables", "cable", "electric cable",
      "electrical wire", "electric wire", "wires", "wire", "電線", "ケーブル"],
  },
  {
    id: "signal-cable", parents: ["cable"],
    vi: "Cáp tín hiệu", en: "Signal cables", ja: "信号ケーブル",
    synonyms: ["cáp dữ liệu", "cáp mạng", "cáp USB", "cáp HDMI", "cáp đồng trục", "cáp quang", "signal cable", "data cables",
      "network cables", "coaxial cable", "fiber optic cable", "通信ケーブル"],
  },
  {
    id: "power-cable", parents: ["cable"],
    vi: "Cáp nguồn, dây nguồn", en: "Power cables and cords", ja: "電源コード",
    synonyms: ["cáp nguồn", "dây nguồn", "cáp động lực", "power cord", "power cords", "power cable", "power cables", "電力ケーブル"],
  },
  {
    id: "harness-product", sector: "electronics",
    vi: "Bộ dây điện (harness)", en: "Wire harnesses", ja: "ワイヤーハーネス製品",
    synonyms: ["bộ dây điện ô tô", "bộ dây điện xe máy", "dây điện ô tô", "wiring harnesses", "harnesses", "ハーネス製品"],
  },
  {
    id: "connector", sector: "electronics",
    vi: "Đầu nối, giắc cắm", en: "Connectors and terminals", ja: "コネクタ・端子",
    synonyms: ["đầu nối", "giắc cắm", "giắc", "đầu cos", "cầu đấu", "connector", "connectors", "terminals", "terminal blocks", "コネクタ",
      "端子"],
  },
  {
    id: "transformer-coil", sector: "electronics",
    vi: "Biến áp, cuộn cảm", en: "Transformers and coils", ja: "トランス・コイル",
    synonyms: ["biến áp", "máy biến áp", "biến thế", "cuộn cảm", "cuộn dây", "transformer", "transformers", "inductor", "inductors", "coils",
      "chokes", "トランス", "コイル", "変圧器"],
  },
  {
    id: "motor", sector: "electronics",
    vi: "Động cơ điện", en: "Electric motors", ja: "モーター",
    synonyms: ["mô tơ", "motor điện", "động cơ", "electric motor", "motors", "fan motor", "電動機"],
  },
  {
    id: "sensor-switch", sector: "electronics",
    vi: "Cảm biến, công tắc, rơ le", en: "Sensors, switches and relays", ja: "センサー・スイッチ・リレー",
    synonyms: ["cảm biến", "công tắc", "rơ le", "rơle", "sensors", "sensor", "switches", "relays", "センサー", "スイッチ", "リレー"],
  },
  {
    id: "led-lighting", sector: "electronics",
    vi: "Đèn LED, thiết bị chiếu sáng", en: "LED lighting", ja: "LED照明",
    synonyms: ["đèn LED", "đèn chiếu sáng", "thiết bị chiếu sáng", "module LED", "LED lights", "LED module", "luminaires", "照明器具"],
  },
  {
    id: "battery", sector: "electronics",
    vi: "Pin, ắc quy", en: "Batteries", ja: "電池",
    synonyms: ["=pin", "pin sạc", "pin lithium", "ắc quy", "acquy", "khối pin", "battery", "battery pack", "battery packs", "バッテリー"],
  },
  {
    id: "electrical-appliance", sector: "electronics",
    vi: "Thiết bị điện, điện gia dụng", en: "Electrical appliances", ja: "電気機器・家電",
    synonyms: ["thiết bị điện", "đồ điện gia dụng", "điện gia dụng", "đồ gia dụng", "thiết bị điện tử", "home appliances",
      "electrical equipment", "consumer electronics", "家電", "電気機器"],
  },

  // ───────────── Plastics and rubber ─────────────
  {
    id: "plastic-part", sector: "plastics-rubber",
    vi: "Chi tiết nhựa", en: "Plastic parts", ja: "樹脂部品",
    synonyms: ["linh kiện nhựa", "sản phẩm nhựa", "chi tiết nhựa kỹ thuật", "sản phẩm nhựa kỹ thuật", "đồ nhựa", "plastic components",
      "plastic products", "molded parts", "moulded plastic parts", "injection molded parts", "プラスチック部品", "成形品"],
  },
  {
    id: "plastic-container", sector: "plastics-rubber",
    vi: "Chai lọ, can, thùng nhựa", en: "Plastic bottles and containers", ja: "プラスチック容器",
    synonyms: ["chai nhựa", "chai lọ", "can nhựa", "thùng nhựa", "hũ nhựa", "két nhựa", "pallet nhựa", "plastic bottles", "bottles",
      "plastic containers", "containers", "jerry cans", "crates", "ボトル", "容器"],
  },
  {
    id: "plastic-pipe", sector: "plastics-rubber",
    vi: "Ống nhựa, thanh profile nhựa", en: "Plastic pipes and profiles", ja: "樹脂パイプ・異形押出品",
    synonyms: ["ống nhựa", "ống PVC", "ống HDPE", "ống PPR", "thanh nhựa", "nẹp nhựa", "plastic pipes", "PVC pipes", "plastic profiles",
      "plastic tubing", "樹脂パイプ", "異形押出"],
  },
  {
    id: "rubber-parts", sector: "plastics-rubber",
    vi: "Chi tiết cao su kỹ thuật", en: "Technical rubber parts", ja: "ゴム部品",
    synonyms: ["chi tiết cao su", "sản phẩm cao su", "linh kiện cao su", "cao su kỹ thuật", "rubber parts", "rubber products",
      "rubber components", "molded rubber parts", "ゴム製品"],
  },
  {
    id: "seal", parents: ["rubber-parts"],
    vi: "Phớt, gioăng làm kín", en: "Seals and gaskets", ja: "シール・ガスケット",
    synonyms: ["phớt", "gioăng phớt", "làm kín", "seals", "seal", "sealing parts", "rubber seals", "rubber seal", "シール", "パッキン"],
  },
  {
    id: "oil-seal", parents: ["seal"],
    vi: "Phớt chặn dầu", en: "Oil seals", ja: "オイルシール",
    synonyms: ["phớt dầu", "oil seal", "shaft seals"],
  },
  {
    id: "gasket", parents: ["seal"],
    vi: "Gioăng", en: "Gaskets", ja: "ガスケット",
    synonyms: ["ron", "gioăng cao su", "gioăng làm kín", "gasket", "rubber gaskets", "flat gaskets"],
  },
  {
    id: "o-ring", parents: ["seal"],
    vi: "Vòng O-ring", en: "O-rings", ja: "Oリング",
    synonyms: ["o-ring", "oring", "o ring", "vòng o", "gioăng tròn"],
  },
  {
    id: "rubber-pad", parents: ["rubber-parts"],
    vi: "Đệm cao su, cao su giảm chấn", en: "Rubber pads and anti-vibration mounts", ja: "防振ゴム",
    synonyms: ["đệm cao su", "cao su giảm chấn", "chân đế cao su", "cao su chống rung", "rubber pads", "rubber pad", "rubber mounts",
      "anti-vibration mounts", "rubber bumpers", "ゴムパッド"],
  },
  {
    id: "rubber-hose-roller", parents: ["rubber-parts"],
    vi: "Ống cao su, con lăn cao su", en: "Rubber hoses and rollers", ja: "ゴムホース・ゴムローラー",
    synonyms: ["ống cao su", "con lăn cao su", "lô cao su", "rubber hose", "rubber hoses", "rubber rollers", "ゴムホース", "ゴムローラー"],
  },
  {
    id: "tyre", parents: ["rubber-parts"],
    vi: "Săm lốp", en: "Tyres and tubes", ja: "タイヤ",
    synonyms: ["lốp xe", "săm", "tyres", "tires", "inner tubes", "solid tires"],
  },

  // ───────────── Textiles, garments, leather, footwear ─────────────
  {
    id: "fabric", sector: "textile-footwear",
    vi: "Vải", en: "Fabrics", ja: "生地",
    synonyms: ["vải may mặc", "vải thành phẩm", "vải mộc", "vải dệt kim", "vải dệt thoi", "vải thun", "fabric", "apparel fabrics",
      "apparel fabric", "textiles", "woven fabrics", "knitted fabrics", "greige fabric", "織物", "テキスタイル"],
  },
  {
    id: "yarn-product", sector: "textile-footwear",
    vi: "Sợi thành phẩm", en: "Yarns", ja: "糸製品",
    synonyms: ["sợi dệt", "spun yarn", "filament yarn", "糸"],
  },
  {
    id: "garment", sector: "textile-footwear",
    vi: "Quần áo, hàng may mặc", en: "Garments", ja: "衣料品",
    synonyms: ["quần áo", "hàng may mặc", "sản phẩm may mặc", "thời trang", "garment", "apparel", "clothing", "clothes", "アパレル", "衣類"],
  },
  {
    id: "workwear", parents: ["garment"],
    vi: "Quần áo bảo hộ lao động", en: "Workwear", ja: "作業服",
    synonyms: ["quần áo bảo hộ", "đồ bảo hộ", "bảo hộ lao động", "quần áo công nhân", "work wear", "work clothes",
      "protective clothing", "coveralls", "作業着"],
  },
  {
    id: "uniform", parents: ["garment"],
    vi: "Đồng phục", en: "Uniforms", ja: "ユニフォーム",
    synonyms: ["đồng phục công ty", "đồng phục học sinh", "uniform", "corporate uniforms", "school uniforms", "制服"],
  },
  {
    id: "tops", parents: ["garment"],
    vi: "Áo (sơ mi, thun, khoác)", en: "Shirts, T-shirts and jackets", ja: "シャツ・Tシャツ・ジャケット",
    synonyms: ["áo sơ mi", "áo thun", "áo phông", "áo polo", "áo khoác", "áo jacket", "shirts", "t-shirts", "t-shirt", "tee shirts", "polo shirts",
      "jackets", "outerwear", "hoodies", "シャツ", "Tシャツ", "ジャケット"],
  },
  {
    id: "bottoms", parents: ["garment"],
    vi: "Quần (tây, jean, short)", en: "Trousers and jeans", ja: "パンツ・ジーンズ",
    synonyms: ["quần tây", "quần âu", "quần jean", "quần bò", "quần short", "quần kaki", "trousers", "pants", "jeans", "shorts", "パンツ",
      "ジーンズ"],
  },
  {
    id: "sportswear", parents: ["garment"],
    vi: "Đồ thể thao", en: "Sportswear", ja: "スポーツウェア",
    synonyms: ["quần áo thể thao", "activewear", "sports apparel"],
  },
  {
    id: "underwear-babywear", parents: ["garment"],
    vi: "Đồ lót, quần áo trẻ em", en: "Underwear and babywear", ja: "下着・ベビー服",
    synonyms: ["đồ lót", "nội y", "quần áo trẻ em", "đồ sơ sinh", "underwear", "lingerie", "babywear", "children's wear", "kidswear", "下着",
      "ベビー服"],
  },
  {
    id: "home-textile", sector: "textile-footwear",
    vi: "Dệt gia dụng (khăn, chăn ga)", en: "Home textiles", ja: "ホームテキスタイル",
    synonyms: ["chăn ga gối", "chăn ga", "khăn mặt", "khăn tắm", "rèm cửa", "towels", "bedding", "bed linen", "curtains", "タオル", "寝具"],
  },
  {
    id: "gloves-hats", sector: "textile-footwear",
    vi: "Găng tay, mũ nón", en: "Gloves and headwear", ja: "手袋・帽子",
    synonyms: ["găng tay", "găng tay bảo hộ", "mũ nón", "mũ lưỡi trai", "mũ vải", "gloves", "work gloves", "caps", "hats", "headwear",
      "手袋", "帽子"],
  },
  {
    id: "bag", sector: "textile-footwear",
    vi: "Túi xách, balo", en: "Bags and backpacks", ja: "バッグ",
    synonyms: ["túi xách", "balo", "ba lô", "túi vải", "túi da", "ví da", "vali", "bags", "bag", "handbags", "backpacks", "tote bags",
      "luggage", "wallets", "鞄", "かばん"],
  },
  {
    id: "leather-product", sector: "textile-footwear",
    vi: "Sản phẩm da (thắt lưng, ví)", en: "Leather goods", ja: "革小物",
    synonyms: ["sản phẩm da", "đồ da thành phẩm", "thắt lưng da", "dây lưng", "leather products", "leather accessories", "belts",
      "ベルト"],
  },
  {
    id: "label", sector: "packaging",
    vi: "Nhãn mác", en: "Labels", ja: "ラベル",
    synonyms: ["=nhãn", "nhãn hàng", "tem nhãn", "tem", "nhãn sản phẩm", "label", "product labels", "ネーム"],
  },
  {
    id: "woven-label", parents: ["label"], sector: "textile-footwear",
    vi: "Nhãn dệt", en: "Woven labels", ja: "織ネーム",
    synonyms: ["nhãn vải", "nhãn dệt jacquard", "nhãn cổ áo", "woven label", "jacquard labels", "織りネーム"],
  },
  {
    id: "hang-tag", parents: ["label"],
    vi: "Thẻ bài", en: "Hang tags", ja: "下げ札",
    synonyms: ["thẻ treo", "mác treo", "hang tag", "hangtags", "swing tags", "tags", "タグ"],
  },
  {
    id: "printed-label", parents: ["label"],
    vi: "Nhãn in, tem decal", en: "Printed labels and stickers", ja: "印刷ラベル・シール",
    synonyms: ["nhãn in", "tem decal", "tem dán", "decal", "nhãn giặt", "nhãn ép nhiệt", "tem bảo hành", "tem chống giả", "printed labels",
      "care labels", "stickers", "sticker", "heat transfer labels", "barcode labels", "ステッカー"],
  },
  {
    id: "garment-trim", sector: "textile-footwear",
    vi: "Phụ liệu may mặc", en: "Garment trims and accessories", ja: "服飾付属品",
    synonyms: ["phụ liệu", "phụ kiện may mặc", "garment accessories", "garment trims", "trims", "apparel accessories", "付属品", "服飾資材"],
  },
  {
    id: "button", parents: ["garment-trim"],
    vi: "Cúc áo", en: "Buttons", ja: "ボタン",
    synonyms: ["=cúc", "nút áo", "cúc nhựa", "cúc kim loại", "cúc dập", "button", "snap buttons", "rivets for jeans"],
  },
  {
    id: "zipper", parents: ["garment-trim"],
    vi: "Khóa kéo", en: "Zippers", ja: "ファスナー（ジッパー）",
    synonyms: ["dây kéo", "phéc mơ tuya", "phecmotuya", "khóa zip", "zipper", "zip fasteners", "zips", "ジッパー", "ファスナー"],
  },
  {
    id: "webbing", parents: ["garment-trim"],
    vi: "Dây đai, băng dệt", en: "Webbing, tapes and elastics", ja: "テープ・ベルト",
    synonyms: ["dây đai", "dây dệt", "băng dệt", "dây thun", "chun", "ruy băng", "dây viền", "webbing", "straps", "elastic tape", "elastic bands",
      "ribbons", "tapes", "テープ", "ゴムテープ"],
  },
  {
    id: "footwear", sector: "textile-footwear",
    vi: "Giày dép", en: "Footwear", ja: "靴・履物",
    synonyms: ["giày", "giày da", "da giày", "giày thể thao", "dép nhựa", "dép xốp", "sandal", "shoes", "sneakers", "sandals",
      "slippers", "boots", "safety shoes", "靴", "履物", "シューズ"],
  },
  {
    id: "footwear-component", sector: "textile-footwear",
    vi: "Bán thành phẩm giày (đế, mũ giày)", en: "Footwear components", ja: "靴部材",
    synonyms: ["bán thành phẩm giày", "linh kiện giày", "phụ liệu giày", "shoe components", "shoe parts"],
  },
  {
    id: "shoe-sole", parents: ["footwear-component"],
    vi: "Đế giày", en: "Shoe soles", ja: "靴底",
    synonyms: ["=đế", "đế cao su", "đế EVA", "đế PU", "đế TPR", "đế phylon", "shoe sole", "soles", "outsoles", "outsole", "midsoles",
      "ソール", "アウトソール"],
  },
  {
    id: "shoe-upper", parents: ["footwear-component"],
    vi: "Mũ giày", en: "Shoe uppers", ja: "アッパー（甲革）",
    synonyms: ["thân giày", "shoe upper", "uppers", "アッパー", "甲革"],
  },
  {
    id: "insole", parents: ["footwear-component"],
    vi: "Lót giày", en: "Insoles", ja: "インソール",
    synonyms: ["miếng lót giày", "insole", "footbed", "中敷き"],
  },

  // ───────────── Packaging and printed matter ─────────────
  {
    id: "carton", sector: "packaging",
    vi: "Thùng, hộp carton", en: "Cartons and boxes", ja: "段ボール箱・紙箱",
    synonyms: ["thùng carton", "hộp carton", "thùng giấy", "cartons", "carton", "carton boxes", "carton box", "boxes", "packaging boxes",
      "箱", "ダンボール箱"],
  },
  {
    id: "corrugated-box", parents: ["carton"],
    vi: "Thùng carton sóng", en: "Corrugated boxes", ja: "段ボール箱",
    synonyms: ["hộp carton sóng", "thùng carton 3 lớp", "thùng carton 5 lớp", "corrugated box", "shipping cartons", "master cartons",
      "段ボールケース"],
  },
  {
    id: "paper-box", parents: ["carton"],
    vi: "Hộp giấy", en: "Paper boxes", ja: "紙箱",
    synonyms: ["hộp giấy cao cấp", "hộp quà", "hộp cứng", "vỏ hộp giấy", "paper box", "folding boxes", "gift boxes", "rigid boxes",
      "化粧箱", "貼り箱"],
  },
  {
    id: "paper-bag", sector: "packaging",
    vi: "Túi giấy", en: "Paper bags", ja: "紙袋",
    synonyms: ["túi giấy kraft", "paper bag", "shopping bags"],
  },
  {
    id: "paper-tube", sector: "packaging",
    vi: "Ống giấy, lõi giấy", en: "Paper tubes and cores", ja: "紙管",
    synonyms: ["ống giấy", "lõi giấy", "ống lõi giấy", "paper tubes", "paper cores"],
  },
  {
    id: "plastic-bag", sector: "packaging",
    vi: "Túi nilon, túi nhựa", en: "Plastic bags", ja: "ポリ袋",
    synonyms: ["túi nilon", "túi ni lông", "túi nhựa", "túi PE", "túi PP", "túi zipper", "túi rác", "plastic bag", "poly bags",
      "polybags", "zip bags", "レジ袋"],
  },
  {
    id: "plastic-film", sector: "packaging",
    vi: "Màng nhựa, màng co, màng PE", en: "Plastic films", ja: "フィルム",
    synonyms: ["màng nhựa", "màng PE", "màng co", "màng quấn", "màng bọc", "màng ghép", "màng BOPP", "plastic film", "stretch film",
      "shrink film", "BOPP film", "laminated film rolls", "ストレッチフィルム"],
  },
  {
    id: "flexible-pouch", sector: "packaging",
    vi: "Túi bao bì màng ghép", en: "Flexible pouches", ja: "パウチ",
    synonyms: ["túi màng ghép", "túi đứng", "túi zip bạc", "bao bì thực phẩm", "pouches", "stand-up pouches", "sachets"],
  },
  {
    id: "woven-bag", sector: "packaging",
    vi: "Bao PP dệt, bao jumbo", en: "Woven PP bags and FIBCs", ja: "PP織袋・フレコン",
    synonyms: ["bao PP", "bao dệt", "bao tải", "bao jumbo", "woven bags", "PP woven bags", "jumbo bags", "bulk bags", "sacks", "フレコンバッグ"],
  },
  {
    id: "plastic-tray", sector: "packaging",
    vi: "Khay nhựa, vỉ nhựa", en: "Plastic trays and blisters", ja: "トレイ・ブリスター",
    synonyms: ["khay nhựa", "vỉ nhựa", "khay định hình", "hộp nhựa trong", "trays", "plastic trays", "blister packs", "blisters", "clamshells",
      "トレイ", "ブリスター"],
  },
  {
    id: "foam-packaging", sector: "packaging",
    vi: "Xốp chèn, mút đóng gói", en: "Foam packaging inserts", ja: "緩衝材",
    synonyms: ["xốp chèn", "xốp định hình", "mút chèn", "xốp hơi", "túi khí", "foam inserts", "foam packaging",
      "protective packaging", "bubble wrap", "air bubble film", "エアキャップ"],
  },
  {
    id: "pallet", sector: "packaging",
    vi: "Pallet, thùng gỗ", en: "Pallets and crates", ja: "パレット・木箱",
    synonyms: ["pallet", "pallet gỗ", "pa lét", "thùng gỗ", "kiện gỗ", "pallets", "wooden pallets", "wooden crates", "パレット", "木箱"],
  },
  {
    id: "adhesive-tape", sector: "packaging",
    vi: "Băng keo, băng dính", en: "Adhesive tapes", ja: "粘着テープ",
    synonyms: ["băng keo", "băng dính", "băng keo 2 mặt", "adhesive tape", "packing tape", "double-sided tape"],
  },
  {
    id: "printed-matter", sector: "packaging",
    vi: "Ấn phẩm in (catalogue, tờ rơi)", en: "Printed matter", ja: "印刷物",
    synonyms: ["ấn phẩm", "ấn phẩm in", "tờ rơi", "catalogue", "catalog", "brochure", "sách hướng dẫn", "hướng dẫn sử dụng",
      "printed materials", "leaflets", "brochures", "manuals", "カタログ", "取扱説明書"],
  },
];
