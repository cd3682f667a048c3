import type { SectorId } from "../types";

/** The five sectors of Hanoi's supporting-industry development programme. */
export const SECTORS: { id: SectorId; labels: { vi: string; en: string; ja: string } }[] = [
  { id: "mechanical", labels: { vi: "Cơ khí chế tạo", en: "Mechanical engineering", ja: "機械・金属加工" } },
  { id: "electronics", labels: { vi: "Điện – điện tử", en: "Electrical and electronics", ja: "電気・電子" } },
  {
    id: "textile-footwear",
    labels: { vi: "Dệt may – da giày", en: "Textiles, garments and footwear", ja: "繊維・縫製・履物" },
  },
  {
    id: "plastics-rubber",
    labels: { vi: "Nhựa – cao su", en: "Plastics and rubber", ja: "プラスチック・ゴム" },
  },
  { id: "packaging", labels: { vi: "Bao bì – in ấn", en: "Packaging and printing", ja: "包装・印刷" } },
];
