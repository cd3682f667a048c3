// Fictional foreign manufacturers with plants in northern Vietnam that source from Hanoi.
// `interests` are archetype keys: what the buyer's sourcing requests ask for.

export interface BuyerSpec {
  name: string;
  ja?: string;
  country: string;
  makes: string;
  site: string;
  interests: string[];
  /** Automotive buyers ask for IATF 16949 whenever enough suppliers hold it. */
  automotive?: boolean;
  /** Medical-device buyers ask for ISO 13485 whenever enough suppliers hold it. */
  medical?: boolean;
}

export const BUYERS: BuyerSpec[] = [
  {
    name: "Sakura Seimitsu Vietnam",
    ja: "サクラ精密ベトナム",
    country: "JP",
    makes: "precision parts for office equipment",
    site: "KCN Thăng Long, Hanoi",
    interests: ["cnc", "die-casting", "stamping", "injection"],
  },
  {
    name: "Fujikawa Denki Vietnam",
    ja: "藤川電機ベトナム",
    country: "JP",
    makes: "small electric motors",
    site: "Hưng Yên",
    interests: ["stamping", "coils", "wire-harness", "die-casting"],
  },
  {
    name: "Hokuto Motor Parts Vietnam",
    ja: "北斗モーターパーツベトナム",
    country: "JP",
    makes: "motorcycle brake and suspension parts",
    site: "Vĩnh Phúc",
    interests: ["auto-parts", "die-casting", "forging", "fasteners", "rubber"],
    automotive: true,
  },
  {
    name: "Yamabuki Electronics Vietnam",
    ja: "山吹エレクトロニクスベトナム",
    country: "JP",
    makes: "printers and camera modules",
    site: "Bắc Ninh",
    interests: ["ems", "precision-stamping", "injection", "cartons"],
  },
  {
    name: "Kaede Kogyo Vietnam",
    ja: "楓工業ベトナム",
    country: "JP",
    makes: "industrial pumps and valves",
    site: "Hà Nam",
    interests: ["cnc", "foundry", "gears", "surface"],
  },
  {
    name: "Tsubasa Apparel Vietnam",
    ja: "翼アパレルベトナム",
    country: "JP",
    makes: "casual wear and uniforms",
    site: "Hà Nam",
    interests: ["garment", "trims", "knit-mill", "cartons"],
  },
  {
    name: "Midori Kaden Vietnam",
    ja: "みどり家電ベトナム",
    country: "JP",
    makes: "rice cookers and small kitchen appliances",
    site: "KCN Nội Bài, Hanoi",
    interests: ["injection", "stamping", "coils", "print-packaging", "foam"],
  },
  {
    name: "Asahikawa Auto Components Vietnam",
    ja: "旭川オートコンポーネンツベトナム",
    country: "JP",
    makes: "automotive electrical components",
    site: "Hải Phòng",
    interests: ["wire-harness", "injection", "rubber", "springs", "auto-parts"],
    automotive: true,
  },
  {
    name: "Nishiki Medical Devices Vietnam",
    ja: "錦メディカルベトナム",
    country: "JP",
    makes: "disposable medical devices",
    site: "KCN Quang Minh, Hanoi",
    interests: ["injection", "cnc", "thermoforming"],
    medical: true,
  },
  {
    name: "Hanbit Electronics Vina",
    country: "KR",
    makes: "mobile phone accessories",
    site: "Thái Nguyên",
    interests: ["ems", "precision-stamping", "injection", "box-build"],
  },
  {
    name: "Seoyoung Precision Vina",
    country: "KR",
    makes: "camera module parts",
    site: "Vĩnh Phúc",
    interests: ["cnc", "precision-stamping", "injection", "rubber"],
  },
  {
    name: "Mirae Auto Parts Vina",
    country: "KR",
    makes: "car seat frames and body parts",
    site: "Hải Dương",
    interests: ["auto-parts", "die-casting", "fasteners", "wire-harness"],
    automotive: true,
  },
  {
    name: "Daesung Textile Vina",
    country: "KR",
    makes: "knitwear and sportswear",
    site: "Hưng Yên",
    interests: ["garment", "trims", "knit-mill"],
  },
  {
    name: "Hanul Display Vina",
    country: "KR",
    makes: "display modules",
    site: "Bắc Ninh",
    interests: ["ems", "box-build", "foam", "thermoforming", "cartons"],
  },
  {
    name: "Jinwoo Footwear Vina",
    country: "KR",
    makes: "sports shoes",
    site: "Thái Bình",
    interests: ["footwear", "leather-goods", "trims", "cartons"],
  },
  {
    name: "Hsin Lung Electronics Vietnam",
    country: "TW",
    makes: "power adapters",
    site: "Bắc Giang",
    interests: ["coils", "ems", "wire-harness", "injection"],
  },
  {
    name: "Jinhua Bicycle Components Vietnam",
    country: "TW",
    makes: "bicycle frames and components",
    site: "Hải Dương",
    interests: ["fabrication", "forging", "surface", "fasteners"],
  },
  {
    name: "Chung Yuan Machinery Vietnam",
    country: "TW",
    makes: "machine tools",
    site: "Hải Phòng",
    interests: ["foundry", "cnc", "gears", "mould-making"],
  },
  {
    name: "Nordhavn Components Vietnam",
    country: "DK",
    makes: "components for wind turbines",
    site: "Hải Phòng",
    interests: ["fabrication", "cnc", "foundry", "surface"],
  },
  {
    name: "Bremer Antriebstechnik Vietnam",
    country: "DE",
    makes: "industrial gearboxes",
    site: "Hà Nam",
    interests: ["gears", "cnc", "foundry", "forging"],
  },
  {
    name: "Lumière Textiles Asia",
    country: "FR",
    makes: "lingerie and fashion",
    site: "Hanoi office",
    interests: ["garment", "trims", "knit-mill"],
  },
  {
    name: "Van Dijk Packaging Asia",
    country: "NL",
    makes: "packaging for consumer brands",
    site: "Hanoi office",
    interests: ["cartons", "print-packaging", "flexible-packaging", "foam"],
  },
  {
    name: "Alpenwerk Outdoor Vietnam",
    country: "AT",
    makes: "outdoor clothing and bags",
    site: "Hanoi office",
    interests: ["garment", "leather-goods", "trims"],
  },
  {
    name: "Svensson Electrical Vietnam",
    country: "SE",
    makes: "switchgear and electrical cabinets",
    site: "Bắc Ninh",
    interests: ["stamping", "fabrication", "wire-harness", "surface"],
  },
  {
    name: "Great Lakes Appliance Vietnam",
    country: "US",
    makes: "household appliances",
    site: "Hải Phòng",
    interests: ["injection", "stamping", "coils", "cartons"],
  },
  {
    name: "Pacific Crest Medical Vietnam",
    country: "US",
    makes: "diagnostic devices",
    site: "Bắc Ninh",
    interests: ["injection", "cnc", "ems", "thermoforming"],
    medical: true,
  },
  {
    name: "Blue Ridge Outdoor Gear",
    country: "US",
    makes: "backpacks and outdoor gear",
    site: "Hanoi office",
    interests: ["leather-goods", "garment", "trims"],
  },
  {
    name: "Redwood Lighting Vietnam",
    country: "US",
    makes: "LED luminaires",
    site: "KCN Thăng Long, Hanoi",
    interests: ["ems", "box-build", "die-casting", "print-packaging"],
  },
  {
    name: "Lion City Power Systems Vietnam",
    country: "SG",
    makes: "generator sets and power systems",
    site: "Hải Phòng",
    interests: ["fabrication", "wire-harness", "ems", "surface"],
  },
  {
    name: "Siam Moto Parts Vietnam",
    country: "TH",
    makes: "motorcycle exhaust systems",
    site: "Vĩnh Phúc",
    interests: ["auto-parts", "fabrication", "fasteners", "springs"],
    automotive: true,
  },
];
