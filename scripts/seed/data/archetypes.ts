// Kinds of firm found in Hanoi's supporting industry. Each demo supplier is drawn from one kind,
// which keeps its profile coherent: a die-casting shop lists ADC12 and housings or heat sinks,
// never denim. Weights give the sector spread (mechanical largest, as in the city's programme).
import type { CertKey } from "./certifications";
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

export const ARCHETYPES: Archetype[] = [
  // ── components, spare parts and mechanical engineering ──
  {
    key: "cnc", sector: "mechanical", weight: 8,
    trade: [{ vi: "Cơ khí Chính xác", en: "Precision Engineering" }, { vi: "Cơ khí", en: "Mechanical" }, { vi: "Kỹ thuật Cơ khí", en: "Mechanical Engineering" }],
    core: ["cnc-machining"], extra: ["cnc-turning", "cnc-milling", "grinding", "edm", "heat-treatment", "anodising"],
    materials: ["al6061", "sus304", "carbon-steel", "brass", "pom", "alloy-steel"],
    products: ["shaft", "bearing-bushing", "machined-part", "pipe-fitting", "enclosure"],
    certs: { iso9001: 0.7, iso14001: 0.25, iatf16949: 0.12, iso13485: 0.04, iso45001: 0.08 }, employees: [12, 450],
  },
  {
    key: "die-casting", sector: "mechanical", weight: 4,
    trade: [{ vi: "Đúc", en: "Casting" }, { vi: "Đúc Nhôm", en: "Aluminium Casting" }, { vi: "Cơ khí Đúc", en: "Die Casting" }],
    core: ["die-casting"], extra: ["cnc-machining", "powder-coating", "anodising", "mould-making"],
    materials: ["adc12", "aluminium", "zinc"],
    products: ["enclosure", "heat-sink", "motorcycle-part", "automotive-part", "bracket"],
    certs: { iso9001: 0.75, iso14001: 0.3, iatf16949: 0.35 }, employees: [40, 900],
  },
  {
    key: "stamping", sector: "mechanical", weight: 5,
    trade: [{ vi: "Cơ khí", en: "Mechanical" }, { vi: "Kim khí", en: "Metalworks" }, { vi: "Cơ khí và Thương mại", en: "Mechanical and Trading" }],
    core: ["stamping"], extra: ["bending", "laser-cutting", "deep-drawing", "welding", "powder-coating", "plating"],
    materials: ["cold-rolled-steel", "galvanized-steel", "sus304", "aluminium", "copper"],
    products: ["bracket", "electrical-cabinet", "enclosure", "stamped-part", "automotive-part"],
    certs: { iso9001: 0.65, iso14001: 0.2, iatf16949: 0.2, iso45001: 0.06 }, employees: [20, 600],
  },
  {
    key: "fabrication", sector: "mechanical", weight: 4,
    trade: [{ vi: "Kết cấu Thép", en: "Steel Structure" }, { vi: "Cơ khí Xây dựng", en: "Engineering and Construction" }, { vi: "Chế tạo Máy", en: "Machinery" }],
    core: ["welding"], extra: ["laser-cutting", "bending", "powder-coating", "hot-dip-galvanizing", "painting", "tube-bending"],
    materials: ["carbon-steel", "sus304", "galvanized-steel"],
    products: ["steel-structure-product", "machinery", "electrical-cabinet", "bracket"],
    certs: { iso9001: 0.5, iso45001: 0.15, iso14001: 0.15 }, employees: [15, 350],
  },
  {
    key: "mould-making", sector: "mechanical", weight: 4,
    trade: [{ vi: "Khuôn mẫu", en: "Mould & Die" }, { vi: "Khuôn mẫu Chính xác", en: "Precision Mould" }],
    core: ["mould-making"], extra: ["cnc-milling", "edm", "grinding", "heat-treatment"],
    materials: ["tool-steel", "alloy-steel", "al6061"],
    products: ["injection-mould", "stamping-die", "casting-die", "machined-part"],
    certs: { iso9001: 0.6, iso14001: 0.1 }, employees: [10, 250],
  },
  {
    key: "fasteners", sector: "mechanical", weight: 3,
    trade: [{ vi: "Ốc vít", en: "Fasteners" }, { vi: "Bu lông", en: "Bolt" }, { vi: "Kim khí", en: "Hardware" }],
    core: ["cold-heading"], extra: ["thread-rolling", "heat-treatment", "zinc-plating", "cnc-turning"],
    materials: ["carbon-steel", "alloy-steel", "sus304", "brass"],
    products: ["fastener", "bearing-bushing", "shaft"],
    certs: { iso9001: 0.7, iatf16949: 0.3, iso14001: 0.2 }, employees: [20, 500],
  },
  {
    key: "foundry", sector: "mechanical", weight: 3,
    trade: [{ vi: "Đúc", en: "Foundry" }, { vi: "Đúc Gang", en: "Iron Foundry" }, { vi: "Cơ khí Đúc", en: "Casting" }],
    core: ["sand-casting"], extra: ["investment-casting", "cnc-machining", "heat-treatment", "painting"],
    materials: ["cast-iron", "carbon-steel", "brass", "stainless-steel"],
    products: ["cast-part", "pipe-fitting", "gear", "enclosure"],
    certs: { iso9001: 0.55, iso14001: 0.15 }, employees: [25, 400],
  },
  {
    key: "forging", sector: "mechanical", weight: 2,
    trade: [{ vi: "Rèn", en: "Forging" }, { vi: "Cơ khí Rèn Dập", en: "Forging and Pressing" }],
    core: ["forging"], extra: ["cnc-turning", "heat-treatment", "plating"],
    materials: ["carbon-steel", "alloy-steel", "brass"],
    products: ["forged-part", "pipe-fitting", "gear", "automotive-part"],
    certs: { iso9001: 0.6, iatf16949: 0.25 }, employees: [30, 400],
  },
  {
    key: "surface", sector: "mechanical", weight: 3,
    trade: [{ vi: "Xi mạ", en: "Plating" }, { vi: "Xử lý Bề mặt", en: "Surface Treatment" }, { vi: "Sơn tĩnh điện", en: "Coating" }],
    core: ["plating"], extra: ["zinc-plating", "nickel-plating", "powder-coating", "anodising", "hot-dip-galvanizing", "painting"],
    materials: ["carbon-steel", "aluminium", "zinc"],
    products: ["fastener", "bracket", "motorcycle-part", "enclosure"],
    certs: { iso9001: 0.55, iso14001: 0.45, iatf16949: 0.1 }, employees: [15, 300],
  },
  {
    key: "gears", sector: "mechanical", weight: 2,
    trade: [{ vi: "Chế tạo Máy", en: "Machinery" }, { vi: "Bánh răng", en: "Gear" }],
    core: ["gear-cutting"], extra: ["cnc-turning", "heat-treatment", "grinding"],
    materials: ["alloy-steel", "carbon-steel", "pom"],
    products: ["gear", "shaft", "machined-part"],
    certs: { iso9001: 0.6, iatf16949: 0.1 }, employees: [15, 300],
  },
  {
    key: "springs", sector: "mechanical", weight: 1.5,
    trade: [{ vi: "Lò xo", en: "Spring" }, { vi: "Lò xo Kỹ thuật", en: "Technical Springs" }],
    core: ["spring-manufacturing"], extra: ["heat-treatment", "plating", "stamping"],
    materials: ["spring-steel", "sus304"],
    products: ["spring", "automotive-part", "motorcycle-part"],
    certs: { iso9001: 0.65, iatf16949: 0.3 }, employees: [10, 200],
  },
  {
    key: "auto-parts", sector: "mechanical", weight: 4,
    trade: [{ vi: "Phụ tùng", en: "Auto Parts" }, { vi: "Phụ tùng Ô tô Xe máy", en: "Motor Parts" }],
    core: ["stamping", "welding"], extra: ["cnc-machining", "painting", "plating", "tube-bending", "assembly"],
    materials: ["carbon-steel", "cold-rolled-steel", "aluminium", "alloy-steel"],
    products: ["motorcycle-part", "automotive-part", "bracket", "bicycle-part"],
    certs: { iso9001: 0.85, iatf16949: 0.55, iso14001: 0.35 }, employees: [80, 1500],
  },
  // ── supporting industry for electronics and high technology ──
  {
    key: "ems", sector: "electronics", weight: 8,
    trade: [{ vi: "Điện tử", en: "Electronics" }, { vi: "Công nghệ Điện tử", en: "Electronic Technology" }, { vi: "Linh kiện Điện tử", en: "Electronic Components" }],
    core: ["smt"], extra: ["through-hole-assembly", "inspection-testing", "electronics-assembly"],
    materials: ["fr4", "tin-solder", "electronic-components"],
    products: ["pcb", "control-board", "led-lighting", "power-supply"],
    certs: { iso9001: 0.75, rohs: 0.6, iso14001: 0.35, iatf16949: 0.08, iso13485: 0.06 }, employees: [30, 1200],
  },
  {
    key: "wire-harness", sector: "electronics", weight: 6,
    trade: [{ vi: "Dây cáp điện", en: "Cable" }, { vi: "Điện tử", en: "Electronics" }, { vi: "Kỹ thuật Điện", en: "Electrical Engineering" }],
    core: ["wire-harness"], extra: ["injection-moulding", "inspection-testing", "plastic-welding"],
    materials: ["copper", "pvc"],
    products: ["harness-product", "cable", "connector"],
    certs: { iso9001: 0.75, rohs: 0.45, iatf16949: 0.3, iso14001: 0.3 }, employees: [50, 2000],
  },
  {
    key: "coils", sector: "electronics", weight: 3,
    trade: [{ vi: "Điện tử", en: "Electronics" }, { vi: "Thiết bị Điện", en: "Electrical Equipment" }],
    core: ["coil-winding"], extra: ["through-hole-assembly", "inspection-testing"],
    materials: ["copper", "electronic-components"],
    products: ["transformer-coil", "power-supply"],
    certs: { iso9001: 0.65, rohs: 0.5, iso14001: 0.2 }, employees: [30, 700],
  },
  {
    key: "precision-stamping", sector: "electronics", weight: 3,
    trade: [{ vi: "Linh kiện Chính xác", en: "Precision Components" }, { vi: "Kỹ thuật Chính xác", en: "Precision Technology" }],
    core: ["stamping"], extra: ["plating", "mould-making", "cnc-machining"],
    materials: ["bronze", "brass", "copper", "sus304"],
    products: ["connector", "stamped-part", "spring"],
    certs: { iso9001: 0.75, rohs: 0.5, iso14001: 0.3, iatf16949: 0.1 }, employees: [30, 600],
  },
  {
    key: "box-build", sector: "electronics", weight: 3,
    trade: [{ vi: "Thiết bị Điện tử", en: "Electronic Devices" }, { vi: "Công nghệ", en: "Technology" }],
    core: ["electronics-assembly"], extra: ["smt", "inspection-testing", "assembly"],
    materials: ["abs", "fr4", "aluminium"],
    products: ["power-supply", "led-lighting", "control-board"],
    certs: { iso9001: 0.7, rohs: 0.5, iso14001: 0.2, iso13485: 0.08 }, employees: [20, 800],
  },
  // ── plastics and rubber ──
  {
    key: "injection", sector: "plastics-rubber", weight: 8,
    trade: [{ vi: "Nhựa", en: "Plastics" }, { vi: "Nhựa Kỹ thuật", en: "Engineering Plastics" }, { vi: "Nhựa Chính xác", en: "Precision Plastics" }],
    core: ["injection-moulding"], extra: ["mould-making", "pad-printing", "plastic-welding", "screen-printing", "painting"],
    materials: ["abs", "pp", "pc", "pa66", "pom", "pe"],
    products: ["plastic-part", "enclosure", "automotive-part", "gear"],
    certs: { iso9001: 0.7, iso14001: 0.3, iatf16949: 0.15, rohs: 0.3, iso13485: 0.04 }, employees: [20, 900],
  },
  {
    key: "blow-moulding", sector: "plastics-rubber", weight: 2,
    trade: [{ vi: "Nhựa", en: "Plastics" }, { vi: "Bao bì Nhựa", en: "Plastic Containers" }],
    core: ["blow-moulding"], extra: ["injection-moulding", "screen-printing"],
    materials: ["pe", "pp", "pet"],
    products: ["plastic-container", "plastic-part"],
    certs: { iso9001: 0.55, iso14001: 0.15 }, employees: [15, 300],
  },
  {
    key: "extrusion", sector: "plastics-rubber", weight: 2,
    trade: [{ vi: "Nhựa", en: "Plastics" }, { vi: "Ống nhựa", en: "Plastic Pipes" }],
    core: ["plastic-extrusion"], extra: ["injection-moulding"],
    materials: ["pvc", "pe", "pp"],
    products: ["plastic-pipe", "plastic-part"],
    certs: { iso9001: 0.6, iso14001: 0.2 }, employees: [20, 400],
  },
  {
    key: "rubber", sector: "plastics-rubber", weight: 4,
    trade: [{ vi: "Cao su", en: "Rubber" }, { vi: "Cao su Kỹ thuật", en: "Technical Rubber" }],
    core: ["rubber-moulding"], extra: ["mould-making", "injection-moulding"],
    materials: ["nbr", "epdm", "silicone", "natural-rubber"],
    products: ["seal", "rubber-pad", "rubber-parts", "automotive-part"],
    certs: { iso9001: 0.6, iatf16949: 0.2, rohs: 0.15, iso14001: 0.15 }, employees: [15, 500],
  },
  // ── packaging ──
  {
    key: "cartons", sector: "packaging", weight: 5,
    trade: [{ vi: "Bao bì", en: "Packaging" }, { vi: "Bao bì Carton", en: "Carton Packaging" }, { vi: "Giấy và Bao bì", en: "Paper and Packaging" }],
    core: ["corrugated-cartons"], extra: ["flexo-printing", "print-finishing", "offset-printing"],
    materials: ["corrugated-board", "kraft-paper"],
    products: ["carton", "corrugated-box", "paper-box"],
    certs: { iso9001: 0.55, fsc: 0.2, iso14001: 0.15 }, employees: [20, 500],
  },
  {
    key: "print-packaging", sector: "packaging", weight: 4,
    trade: [{ vi: "In và Bao bì", en: "Printing and Packaging" }, { vi: "In", en: "Printing" }],
    core: ["offset-printing"], extra: ["print-finishing", "screen-printing", "flexo-printing"],
    materials: ["paperboard", "kraft-paper"],
    products: ["paper-box", "label", "printed-matter"],
    certs: { iso9001: 0.6, fsc: 0.25, iso14001: 0.1 }, employees: [15, 400],
  },
  {
    key: "flexible-packaging", sector: "packaging", weight: 2,
    trade: [{ vi: "Bao bì Nhựa", en: "Flexible Packaging" }, { vi: "Màng nhựa", en: "Plastic Film" }],
    core: ["plastic-bag-making"], extra: ["gravure-printing", "flexible-packaging", "flexo-printing"],
    materials: ["pe", "pp", "pet"],
    products: ["plastic-bag", "plastic-film", "label"],
    certs: { iso9001: 0.55, iso14001: 0.2 }, employees: [20, 400],
  },
  {
    key: "foam", sector: "packaging", weight: 1.5,
    trade: [{ vi: "Xốp", en: "Foam" }, { vi: "Vật liệu Đóng gói", en: "Packaging Materials" }],
    core: ["foam-processing"], extra: ["print-finishing", "thermoforming"],
    materials: ["foam", "eva"],
    products: ["foam-packaging", "plastic-tray"],
    certs: { iso9001: 0.45, rohs: 0.15 }, employees: [10, 200],
  },
  {
    key: "thermoforming", sector: "packaging", weight: 1.5,
    trade: [{ vi: "Bao bì Nhựa", en: "Plastic Packaging" }, { vi: "Khay nhựa", en: "Plastic Trays" }],
    core: ["thermoforming"], extra: ["print-finishing", "foam-processing"],
    materials: ["pet", "ps", "pp"],
    products: ["plastic-tray", "foam-packaging"],
    certs: { iso9001: 0.5, rohs: 0.2 }, employees: [10, 250],
  },
  // ── textile-garment and leather-footwear inputs ──
  {
    key: "garment", sector: "textile-footwear", weight: 7,
    trade: [{ vi: "May mặc", en: "Garment" }, { vi: "May", en: "Garment" }, { vi: "Dệt may", en: "Textile and Garment" }, { vi: "Thời trang", en: "Fashion" }],
    core: ["garment-sewing"], extra: ["embroidery", "screen-printing", "textile-printing"],
    materials: ["cotton", "polyester", "spandex", "nylon-fabric"],
    products: ["garment", "tops", "sportswear", "workwear", "uniform"],
    certs: { iso9001: 0.3, oekotex: 0.2, wrap: 0.2, bsci: 0.3 }, employees: [30, 2500],
  },
  {
    key: "trims", sector: "textile-footwear", weight: 4,
    trade: [{ vi: "Phụ liệu May", en: "Garment Accessories" }, { vi: "Phụ liệu Dệt may", en: "Trims" }],
    core: ["label-weaving"], extra: ["trims-manufacturing", "screen-printing", "textile-printing", "offset-printing"],
    materials: ["polyester", "nylon-fabric", "cotton"],
    products: ["woven-label", "hang-tag", "webbing", "zipper", "button"],
    certs: { oekotex: 0.45, iso9001: 0.4 }, employees: [15, 400],
  },
  {
    key: "knit-mill", sector: "textile-footwear", weight: 2,
    trade: [{ vi: "Dệt", en: "Textile" }, { vi: "Dệt Nhuộm", en: "Textile and Dyeing" }],
    core: ["knitting"], extra: ["dyeing", "weaving"],
    materials: ["cotton", "polyester", "spandex"],
    products: ["fabric"],
    certs: { oekotex: 0.4, iso9001: 0.4, iso14001: 0.2 }, employees: [40, 800],
  },
  {
    key: "footwear", sector: "textile-footwear", weight: 3,
    trade: [{ vi: "Da giày", en: "Footwear" }, { vi: "Phụ liệu Giày", en: "Shoe Components" }],
    core: ["outsole-moulding"], extra: ["shoe-upper-making", "rubber-moulding"],
    materials: ["eva", "natural-rubber", "synthetic-leather", "leather"],
    products: ["shoe-sole", "insole", "shoe-upper"],
    certs: { iso9001: 0.35, bsci: 0.25 }, employees: [40, 1500],
  },
  {
    key: "leather-goods", sector: "textile-footwear", weight: 2,
    trade: [{ vi: "Đồ da", en: "Leather Goods" }, { vi: "Túi xách", en: "Bags" }],
    core: ["leather-goods"], extra: ["garment-sewing", "embroidery", "screen-printing"],
    materials: ["leather", "synthetic-leather", "nylon-fabric"],
    products: ["bag", "leather-product"],
    certs: { bsci: 0.3, iso9001: 0.3 }, employees: [20, 600],
  },
];

export const SECTOR_TEXT: Record<SectorId, { vi: string; en: string }> = {
  mechanical: { vi: "cơ khí chế tạo", en: "mechanical engineering" },
  electronics: { vi: "điện tử, công nghệ cao", en: "electronics and high-tech" },
  "textile-footwear": { vi: "dệt may, da giày", en: "textile, garment and footwear" },
  "plastics-rubber": { vi: "nhựa, cao su", en: "plastics and rubber" },
  packaging: { vi: "bao bì", en: "packaging" },
};
