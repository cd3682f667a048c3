// How firms and buyers write each capability, keyed by the taxonomy concept it should map to.
// `vi` and `en` list real-world phrasings (the first is the most common one); a firm picks one of
// them, so the same concept appears in several spellings across the directory, as in real lists.
// `ja` is the phrase Japanese buyers use in request titles. tests/unit/seed checks that every
// phrasing here maps (taxonomy mapTerm) to a concept that is, or lies under, its key.

export interface Phrasing {
  vi: string[];
  en: string[];
  ja?: string;
}

export const PROCESSES = {
  // mechanical
  "cnc-machining": {
    vi: ["gia công CNC", "gia công cơ khí chính xác"],
    en: ["CNC machining", "precision machining"],
    ja: "CNC加工",
  },
  "cnc-turning": { vi: ["tiện CNC", "gia công tiện CNC"], en: ["CNC turning"], ja: "CNC旋盤加工" },
  "cnc-milling": {
    vi: ["phay CNC", "gia công phay CNC"],
    en: ["CNC milling", "5-axis milling"],
    ja: "マシニング加工",
  },
  grinding: { vi: ["mài", "mài phẳng"], en: ["grinding", "surface grinding"], ja: "研削加工" },
  edm: {
    vi: ["cắt dây EDM", "gia công tia lửa điện", "xung điện EDM"],
    en: ["wire EDM", "EDM", "sinker EDM"],
    ja: "放電加工",
  },
  "die-casting": {
    vi: ["đúc áp lực", "đúc áp lực nhôm"],
    en: ["die casting", "aluminium die casting", "high pressure die casting"],
    ja: "ダイカスト",
  },
  "sand-casting": { vi: ["đúc khuôn cát", "đúc cát"], en: ["sand casting"], ja: "砂型鋳造" },
  "investment-casting": {
    vi: ["đúc mẫu chảy", "đúc sáp"],
    en: ["investment casting", "lost wax casting"],
    ja: "精密鋳造",
  },
  forging: { vi: ["rèn", "rèn dập nóng"], en: ["forging", "hot forging"], ja: "鍛造" },
  stamping: {
    vi: ["dập kim loại", "dập tấm", "dập"],
    en: ["metal stamping", "press stamping"],
    ja: "プレス加工",
  },
  "deep-drawing": { vi: ["dập vuốt sâu", "dập vuốt"], en: ["deep drawing"], ja: "深絞り加工" },
  bending: { vi: ["chấn gấp tôn", "chấn tôn"], en: ["metal bending", "press brake bending"], ja: "曲げ加工" },
  "laser-cutting": {
    vi: ["cắt laser", "cắt laser CNC"],
    en: ["laser cutting", "fiber laser cutting"],
    ja: "レーザー切断",
  },
  welding: {
    vi: ["hàn", "hàn MIG/TIG", "hàn robot"],
    en: ["welding", "MIG/TIG welding", "robotic welding"],
    ja: "溶接",
  },
  "heat-treatment": {
    vi: ["nhiệt luyện", "tôi cao tần"],
    en: ["heat treatment", "induction hardening"],
    ja: "熱処理",
  },
  plating: { vi: ["xi mạ", "mạ điện"], en: ["electroplating"], ja: "めっき" },
  "zinc-plating": { vi: ["mạ kẽm", "mạ kẽm điện phân"], en: ["zinc plating"], ja: "亜鉛めっき" },
  "nickel-plating": { vi: ["mạ niken", "mạ niken hóa học"], en: ["nickel plating"], ja: "ニッケルめっき" },
  "powder-coating": { vi: ["sơn tĩnh điện"], en: ["powder coating"], ja: "粉体塗装" },
  anodising: { vi: ["anode hóa nhôm", "anot hóa"], en: ["anodizing", "anodising"], ja: "アルマイト処理" },
  "hot-dip-galvanizing": { vi: ["mạ kẽm nhúng nóng"], en: ["hot-dip galvanizing"], ja: "溶融亜鉛めっき" },
  painting: { vi: ["sơn ướt", "sơn phủ"], en: ["spray painting", "wet painting"], ja: "塗装" },
  "mould-making": {
    vi: ["chế tạo khuôn mẫu", "làm khuôn"],
    en: ["mould making", "tool and die making", "mold making"],
    ja: "金型製作",
  },
  "cold-heading": { vi: ["dập nguội bu lông", "dập đầu nguội"], en: ["cold heading"], ja: "冷間圧造" },
  "thread-rolling": { vi: ["cán ren", "lăn ren"], en: ["thread rolling"], ja: "転造" },
  "gear-cutting": {
    vi: ["gia công bánh răng", "phay lăn răng"],
    en: ["gear cutting", "gear hobbing"],
    ja: "歯切り加工",
  },
  "spring-manufacturing": {
    vi: ["sản xuất lò xo", "cuốn lò xo"],
    en: ["spring manufacturing", "spring coiling"],
    ja: "ばね製造",
  },
  "tube-bending": { vi: ["uốn ống"], en: ["tube bending", "pipe bending"], ja: "パイプ曲げ加工" },
  assembly: {
    vi: ["lắp ráp cơ khí", "lắp ráp cụm chi tiết"],
    en: ["mechanical assembly", "sub-assembly"],
    ja: "機械組立",
  },
  // electronics
  smt: {
    vi: ["dán linh kiện SMT", "hàn linh kiện SMT", "SMT"],
    en: ["SMT assembly", "surface mount assembly"],
    ja: "SMT実装",
  },
  "through-hole-assembly": {
    vi: ["cắm linh kiện xuyên lỗ", "hàn sóng"],
    en: ["through-hole assembly", "wave soldering"],
    ja: "挿入実装",
  },
  "wire-harness": {
    vi: ["sản xuất bó dây điện", "bó dây điện"],
    en: ["wire harness assembly", "wire harness"],
    ja: "ワイヤーハーネス加工",
  },
  "cable-assembly": {
    vi: ["bấm đầu cos", "gia công cáp"],
    en: ["cable assembly", "crimping"],
    ja: "ケーブル加工",
  },
  "coil-winding": {
    vi: ["quấn cuộn dây", "quấn biến áp"],
    en: ["coil winding", "transformer winding"],
    ja: "コイル巻線",
  },
  "electronics-assembly": {
    vi: ["lắp ráp thiết bị điện tử", "lắp ráp điện tử"],
    en: ["box build assembly", "electronics assembly"],
    ja: "電子機器組立",
  },
  "inspection-testing": {
    vi: ["đo kiểm", "thử nghiệm"],
    en: ["functional testing", "ICT testing"],
    ja: "機能検査",
  },
  // plastics and rubber
  "injection-moulding": {
    vi: ["ép nhựa", "ép phun nhựa", "ép phun"],
    en: ["injection moulding", "plastic injection molding", "injection molding"],
    ja: "射出成形",
  },
  "blow-moulding": {
    vi: ["thổi chai nhựa", "thổi nhựa"],
    en: ["blow moulding", "blow molding"],
    ja: "ブロー成形",
  },
  "plastic-extrusion": {
    vi: ["đùn nhựa", "đùn profile nhựa"],
    en: ["plastic extrusion", "profile extrusion"],
    ja: "押出成形",
  },
  "rubber-moulding": {
    vi: ["ép cao su", "lưu hóa cao su"],
    en: ["rubber moulding", "rubber compression molding"],
    ja: "ゴム成形",
  },
  "pad-printing": { vi: ["in tampon", "in tampo"], en: ["pad printing"], ja: "パッド印刷" },
  "plastic-welding": {
    vi: ["hàn siêu âm nhựa", "hàn siêu âm"],
    en: ["ultrasonic welding"],
    ja: "超音波溶着",
  },
  thermoforming: {
    vi: ["hút chân không nhựa", "hút vỉ"],
    en: ["thermoforming", "vacuum forming"],
    ja: "真空成形",
  },
  // packaging
  "plastic-bag-making": {
    vi: ["thổi màng PE", "sản xuất túi nilon"],
    en: ["blown film extrusion", "film blowing"],
    ja: "インフレーション成形",
  },
  "flexible-packaging": {
    vi: ["ghép màng", "bao bì màng ghép"],
    en: ["flexible packaging", "laminated film packaging"],
    ja: "ラミネート加工",
  },
  "corrugated-cartons": {
    vi: ["sản xuất thùng carton", "sản xuất bao bì carton"],
    en: ["corrugated carton manufacturing"],
    ja: "段ボール加工",
  },
  "offset-printing": { vi: ["in offset"], en: ["offset printing"], ja: "オフセット印刷" },
  "flexo-printing": { vi: ["in flexo"], en: ["flexographic printing", "flexo printing"], ja: "フレキソ印刷" },
  "gravure-printing": {
    vi: ["in ống đồng"],
    en: ["rotogravure printing", "gravure printing"],
    ja: "グラビア印刷",
  },
  "print-finishing": {
    vi: ["bế hộp", "cán màng", "ép nhũ"],
    en: ["die cutting", "foil stamping"],
    ja: "打ち抜き加工",
  },
  "foam-processing": {
    vi: ["đúc xốp EPS", "cắt xốp EPE"],
    en: ["EPS foam moulding", "foam cutting"],
    ja: "発泡成形",
  },
  "screen-printing": { vi: ["in lụa"], en: ["screen printing", "silk screen printing"], ja: "シルク印刷" },
  // textile, garment, leather and footwear
  "garment-sewing": {
    vi: ["may gia công", "cắt may", "may"],
    en: ["garment sewing", "sewing", "cut make trim"],
    ja: "縫製",
  },
  embroidery: { vi: ["thêu vi tính", "thêu"], en: ["embroidery", "computerised embroidery"], ja: "刺繍" },
  knitting: { vi: ["dệt kim"], en: ["knitting", "circular knitting"], ja: "編立" },
  weaving: { vi: ["dệt thoi", "dệt vải thoi"], en: ["weaving"], ja: "織布" },
  dyeing: { vi: ["nhuộm vải", "nhuộm"], en: ["fabric dyeing", "dyeing"], ja: "染色" },
  "textile-printing": {
    vi: ["in chuyển nhiệt", "in vải"],
    en: ["heat transfer printing", "sublimation printing"],
    ja: "転写プリント",
  },
  "label-weaving": {
    vi: ["dệt nhãn", "dệt nhãn mác"],
    en: ["label weaving", "woven label production"],
    ja: "織ネーム製造",
  },
  "trims-manufacturing": { vi: ["sản xuất phụ liệu may"], en: ["trims manufacturing"], ja: "副資材製造" },
  "leather-goods": {
    vi: ["sản xuất đồ da", "sản xuất túi xách"],
    en: ["leather goods manufacturing"],
    ja: "革製品製造",
  },
  "shoe-upper-making": { vi: ["may mũ giày"], en: ["shoe upper stitching"], ja: "アッパー縫製" },
  "outsole-moulding": { vi: ["ép đế giày", "ép đế EVA"], en: ["shoe sole moulding"], ja: "靴底成形" },
} satisfies Record<string, Phrasing>;

export const MATERIALS = {
  aluminium: { vi: ["nhôm", "nhôm hợp kim"], en: ["aluminium", "aluminum"], ja: "アルミ" },
  al6061: { vi: ["nhôm 6061", "nhôm A6061"], en: ["aluminium 6061", "Al 6061-T6"], ja: "A6061" },
  adc12: { vi: ["nhôm ADC12", "nhôm đúc ADC12"], en: ["ADC12", "ADC12 aluminium alloy"], ja: "ADC12" },
  zinc: { vi: ["hợp kim kẽm", "kẽm ZAMAK"], en: ["zinc alloy", "Zamak 3"], ja: "亜鉛合金" },
  "stainless-steel": { vi: ["inox", "thép không gỉ"], en: ["stainless steel"], ja: "ステンレス" },
  sus304: { vi: ["inox 304", "inox SUS304"], en: ["SUS304", "SS304"], ja: "SUS304" },
  "carbon-steel": {
    vi: ["thép cacbon", "thép S45C", "thép CT3"],
    en: ["carbon steel", "S45C steel", "SS400 steel"],
    ja: "炭素鋼",
  },
  "alloy-steel": { vi: ["thép hợp kim", "thép SCM440"], en: ["alloy steel", "SCM440"], ja: "合金鋼" },
  "tool-steel": {
    vi: ["thép làm khuôn", "thép SKD11", "thép SKD61"],
    en: ["tool steel", "SKD11 tool steel", "P20 mould steel"],
    ja: "工具鋼",
  },
  "cold-rolled-steel": {
    vi: ["thép tấm SPCC", "tôn cán nguội"],
    en: ["SPCC cold rolled steel", "cold rolled steel"],
    ja: "SPCC",
  },
  "galvanized-steel": {
    vi: ["tôn mạ kẽm", "thép mạ kẽm SECC"],
    en: ["galvanised steel", "SECC"],
    ja: "亜鉛めっき鋼板",
  },
  "cast-iron": {
    vi: ["gang", "gang xám FC250", "gang cầu"],
    en: ["cast iron", "grey cast iron", "ductile iron FCD450"],
    ja: "鋳鉄",
  },
  brass: { vi: ["đồng thau", "đồng thau C3604"], en: ["brass", "C3604 brass"], ja: "真鍮" },
  copper: {
    vi: ["đồng đỏ", "dây đồng", "dây điện lõi đồng"],
    en: ["copper", "copper wire", "enamelled copper wire"],
    ja: "銅",
  },
  bronze: { vi: ["đồng photpho", "đồng thiếc"], en: ["phosphor bronze", "bronze"], ja: "りん青銅" },
  "spring-steel": {
    vi: ["dây thép lò xo", "thép lò xo SWP"],
    en: ["spring steel wire", "spring steel"],
    ja: "ばね鋼",
  },
  abs: { vi: ["nhựa ABS"], en: ["ABS"], ja: "ABS樹脂" },
  pp: { vi: ["nhựa PP"], en: ["polypropylene", "PP"], ja: "PP" },
  pc: { vi: ["nhựa PC"], en: ["polycarbonate"], ja: "PC" },
  pa66: { vi: ["nhựa PA66", "PA66 GF30"], en: ["PA66", "nylon 66"], ja: "PA66" },
  pom: { vi: ["nhựa POM"], en: ["POM", "acetal"], ja: "POM" },
  pe: { vi: ["nhựa PE", "nhựa HDPE"], en: ["HDPE", "polyethylene"], ja: "ポリエチレン" },
  pet: { vi: ["nhựa PET"], en: ["PET"], ja: "PET" },
  pvc: { vi: ["nhựa PVC"], en: ["PVC"], ja: "塩ビ" },
  ps: { vi: ["nhựa PS", "nhựa HIPS"], en: ["polystyrene", "HIPS"], ja: "ポリスチレン" },
  foam: { vi: ["xốp EPS", "mút xốp EPE"], en: ["EPS foam", "EPE foam"], ja: "発泡スチロール" },
  nbr: { vi: ["cao su NBR"], en: ["NBR rubber", "nitrile rubber"], ja: "NBR" },
  epdm: { vi: ["cao su EPDM"], en: ["EPDM"], ja: "EPDM" },
  silicone: { vi: ["cao su silicone", "silicone"], en: ["silicone rubber"], ja: "シリコーンゴム" },
  "natural-rubber": { vi: ["cao su thiên nhiên"], en: ["natural rubber"], ja: "天然ゴム" },
  fr4: { vi: ["tấm mạch FR4"], en: ["FR-4"], ja: "FR-4" },
  "tin-solder": {
    vi: ["thiếc hàn không chì", "kem hàn"],
    en: ["lead-free solder", "solder paste"],
    ja: "鉛フリーはんだ",
  },
  "electronic-components": { vi: ["linh kiện điện tử"], en: ["electronic components"], ja: "電子部品" },
  cotton: { vi: ["vải cotton", "sợi cotton"], en: ["cotton"], ja: "綿" },
  polyester: { vi: ["vải polyester", "sợi polyester"], en: ["polyester"], ja: "ポリエステル" },
  spandex: { vi: ["vải thun spandex"], en: ["spandex", "elastane"], ja: "スパンデックス" },
  "nylon-fabric": { vi: ["vải nylon", "vải dù"], en: ["nylon fabric"], ja: "ナイロン" },
  leather: { vi: ["da thật", "da bò"], en: ["genuine leather", "cowhide leather"], ja: "本革" },
  "synthetic-leather": { vi: ["da PU", "giả da"], en: ["PU leather", "synthetic leather"], ja: "合成皮革" },
  eva: { vi: ["xốp EVA", "EVA"], en: ["EVA"], ja: "EVA" },
  "kraft-paper": { vi: ["giấy kraft"], en: ["kraft paper"], ja: "クラフト紙" },
  "corrugated-board": { vi: ["giấy carton sóng", "carton 5 lớp"], en: ["corrugated board"], ja: "段ボール" },
  paperboard: { vi: ["giấy ivory", "giấy duplex"], en: ["ivory board", "duplex board"], ja: "板紙" },
} satisfies Record<string, Phrasing>;

export const PRODUCTS = {
  // mechanical
  enclosure: { vi: ["vỏ hộp", "vỏ máy", "vỏ thiết bị"], en: ["housings", "enclosures"], ja: "ハウジング" },
  "heat-sink": { vi: ["tản nhiệt nhôm", "tản nhiệt"], en: ["heat sinks"], ja: "ヒートシンク" },
  shaft: { vi: ["trục", "trục truyền động"], en: ["shafts", "precision shafts"], ja: "シャフト" },
  "bearing-bushing": { vi: ["bạc lót"], en: ["bushings"], ja: "ブッシュ" },
  "pipe-fitting": {
    vi: ["mặt bích", "van công nghiệp", "phụ kiện đường ống"],
    en: ["flanges", "valve bodies", "pipe fittings"],
    ja: "フランジ",
  },
  "machined-part": {
    vi: ["chi tiết gia công", "chi tiết máy"],
    en: ["machined parts", "precision machined parts"],
    ja: "切削部品",
  },
  "stamped-part": { vi: ["chi tiết dập", "linh kiện dập"], en: ["stamped parts"], ja: "プレス部品" },
  "cast-part": { vi: ["chi tiết đúc", "sản phẩm đúc"], en: ["castings", "cast parts"], ja: "鋳物" },
  "forged-part": { vi: ["chi tiết rèn", "phôi rèn"], en: ["forged parts"], ja: "鍛造品" },
  bracket: { vi: ["pát kim loại", "giá đỡ"], en: ["brackets", "metal brackets"], ja: "ブラケット" },
  "electrical-cabinet": {
    vi: ["vỏ tủ điện", "tủ điện"],
    en: ["electrical cabinets", "control cabinets"],
    ja: "制御盤筐体",
  },
  "injection-mould": {
    vi: ["khuôn ép nhựa"],
    en: ["injection moulds", "plastic injection molds"],
    ja: "射出成形金型",
  },
  "stamping-die": { vi: ["khuôn dập"], en: ["stamping dies", "press dies"], ja: "プレス金型" },
  "casting-die": { vi: ["khuôn đúc áp lực", "khuôn đúc"], en: ["die casting dies"], ja: "ダイカスト金型" },
  fastener: { vi: ["bu lông ốc vít", "bu lông", "ốc vít"], en: ["fasteners", "bolts", "screws"], ja: "ねじ" },
  gear: { vi: ["bánh răng", "nhông xích"], en: ["gears", "sprockets", "spur gears"], ja: "歯車" },
  spring: { vi: ["lò xo", "lò xo nén"], en: ["springs", "compression springs"], ja: "ばね" },
  "motorcycle-part": {
    vi: ["phụ tùng xe máy", "linh kiện xe máy"],
    en: ["motorcycle parts"],
    ja: "二輪部品",
  },
  "automotive-part": {
    vi: ["linh kiện ô tô", "phụ tùng ô tô"],
    en: ["automotive parts", "auto parts"],
    ja: "自動車部品",
  },
  "bicycle-part": { vi: ["phụ tùng xe đạp"], en: ["bicycle parts"], ja: "自転車部品" },
  "steel-structure-product": { vi: ["khung thép", "kệ thép"], en: ["steel frames"], ja: "鉄骨フレーム" },
  machinery: {
    vi: ["thiết bị công nghiệp", "máy công nghiệp"],
    en: ["industrial equipment", "industrial machinery"],
    ja: "産業機械",
  },
  // electronics
  pcb: { vi: ["bo mạch điện tử", "mạch điện tử"], en: ["PCB assemblies"], ja: "基板" },
  "control-board": { vi: ["bo mạch điều khiển", "mạch điều khiển"], en: ["control boards"], ja: "制御基板" },
  "power-supply": { vi: ["bộ nguồn", "adapter"], en: ["power supplies", "adapters"], ja: "電源" },
  "led-lighting": { vi: ["đèn LED", "module LED"], en: ["LED lighting", "LED modules"], ja: "LED照明" },
  "harness-product": {
    vi: ["bộ dây điện ô tô", "dây điện ô tô"],
    en: ["wire harnesses"],
    ja: "ワイヤーハーネス",
  },
  cable: { vi: ["dây cáp điện", "cáp tín hiệu"], en: ["cables", "cable assemblies"], ja: "ケーブル" },
  connector: { vi: ["đầu cos", "đầu nối"], en: ["terminals", "connectors"], ja: "端子" },
  "transformer-coil": {
    vi: ["biến áp", "cuộn cảm", "biến áp xung"],
    en: ["transformers", "inductors", "coils"],
    ja: "トランス",
  },
  // plastics and rubber
  "plastic-part": {
    vi: ["linh kiện nhựa", "chi tiết nhựa"],
    en: ["plastic parts", "plastic components"],
    ja: "樹脂部品",
  },
  "plastic-container": { vi: ["chai nhựa", "can nhựa"], en: ["plastic bottles", "jerry cans"], ja: "ボトル" },
  "plastic-pipe": { vi: ["ống nhựa"], en: ["plastic pipes", "plastic tubing"], ja: "樹脂パイプ" },
  "rubber-parts": {
    vi: ["chi tiết cao su", "linh kiện cao su"],
    en: ["rubber parts", "technical rubber parts"],
    ja: "ゴム部品",
  },
  seal: { vi: ["phớt", "gioăng cao su", "gioăng"], en: ["seals", "gaskets", "O-rings"], ja: "シール" },
  "rubber-pad": {
    vi: ["đệm cao su", "cao su chống rung"],
    en: ["anti-vibration mounts", "rubber pads"],
    ja: "防振ゴム",
  },
  // packaging
  "plastic-bag": { vi: ["túi nilon", "túi PE"], en: ["plastic bags", "poly bags"], ja: "ポリ袋" },
  "plastic-film": {
    vi: ["màng PE", "màng co"],
    en: ["stretch film", "shrink film"],
    ja: "ストレッチフィルム",
  },
  carton: { vi: ["thùng carton", "hộp carton"], en: ["cartons", "carton boxes"], ja: "段ボール箱" },
  "corrugated-box": {
    vi: ["thùng carton sóng", "thùng carton 5 lớp"],
    en: ["corrugated boxes"],
    ja: "段ボールケース",
  },
  "paper-box": { vi: ["hộp giấy", "hộp giấy cao cấp"], en: ["paper boxes"], ja: "化粧箱" },
  label: { vi: ["tem nhãn", "nhãn mác"], en: ["labels"], ja: "ラベル" },
  "printed-matter": { vi: ["tờ rơi", "catalogue"], en: ["leaflets", "user manuals"], ja: "印刷物" },
  "plastic-tray": { vi: ["khay nhựa", "vỉ nhựa"], en: ["plastic trays", "blister trays"], ja: "トレイ" },
  "foam-packaging": {
    vi: ["xốp chèn", "xốp định hình"],
    en: ["foam packaging", "foam inserts"],
    ja: "緩衝材",
  },
  // textile, garment, leather and footwear
  garment: { vi: ["hàng may mặc", "quần áo"], en: ["garments"], ja: "衣料品" },
  tops: { vi: ["áo sơ mi", "áo thun"], en: ["shirts", "T-shirts"], ja: "シャツ" },
  sportswear: { vi: ["quần áo thể thao"], en: ["sportswear", "activewear"], ja: "スポーツウェア" },
  workwear: { vi: ["quần áo bảo hộ lao động"], en: ["workwear"], ja: "作業服" },
  uniform: { vi: ["đồng phục"], en: ["uniforms"], ja: "制服" },
  fabric: { vi: ["vải", "vải dệt kim"], en: ["fabrics", "knitted fabrics"], ja: "生地" },
  "woven-label": { vi: ["nhãn dệt"], en: ["woven labels"], ja: "織ネーム" },
  "hang-tag": { vi: ["thẻ bài"], en: ["hang tags"], ja: "下げ札" },
  zipper: { vi: ["khóa kéo"], en: ["zippers"], ja: "ファスナー" },
  button: { vi: ["cúc áo"], en: ["buttons"], ja: "ボタン" },
  webbing: { vi: ["dây chun", "dây đai"], en: ["elastic tapes", "webbing"], ja: "ゴムテープ" },
  "shoe-sole": { vi: ["đế giày", "đế EVA"], en: ["shoe soles", "outsoles"], ja: "靴底" },
  insole: { vi: ["lót giày"], en: ["insoles"], ja: "インソール" },
  "shoe-upper": { vi: ["mũ giày"], en: ["shoe uppers"], ja: "アッパー" },
  bag: { vi: ["túi xách", "ba lô", "ví da"], en: ["bags", "backpacks"], ja: "バッグ" },
  "leather-product": {
    vi: ["thắt lưng da", "sản phẩm da"],
    en: ["leather belts", "leather goods"],
    ja: "革小物",
  },
} satisfies Record<string, Phrasing>;

export type ProcessKey = keyof typeof PROCESSES;
export type MaterialKey = keyof typeof MATERIALS;
export type ProductKey = keyof typeof PRODUCTS;
