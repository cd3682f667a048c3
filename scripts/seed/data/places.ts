// Where Hanoi's supporting-industry firms sit: the city's industrial zones (KCN) and industrial
// clusters (CCN) with the locality each lies in, plus street addresses for the many small firms
// that work outside any zone. `commune` holds the locality as firms still write it (since the
// 2025 reform many communes carry the name of the former district: xã Đông Anh, xã Mê Linh ...).

export interface Zone {
  name: string;
  commune: string;
  /** Relative number of demo firms placed here. */
  weight: number;
  /** How plots are numbered in this zone. */
  plot: "lot" | "cn" | "letter";
}

export const ZONES: Zone[] = [
  { name: "KCN Thăng Long", commune: "Đông Anh", weight: 10, plot: "letter" },
  { name: "KCN Bắc Thăng Long", commune: "Đông Anh", weight: 6, plot: "cn" },
  { name: "KCN Nội Bài", commune: "Sóc Sơn", weight: 7, plot: "lot" },
  { name: "KCN Quang Minh", commune: "Mê Linh", weight: 9, plot: "lot" },
  { name: "KCN Nam Thăng Long", commune: "Bắc Từ Liêm", weight: 4, plot: "cn" },
  { name: "KCN Phú Nghĩa", commune: "Chương Mỹ", weight: 7, plot: "cn" },
  { name: "KCN Thạch Thất – Quốc Oai", commune: "Quốc Oai", weight: 4, plot: "cn" },
  { name: "KCN Thạch Thất – Quốc Oai", commune: "Thạch Thất", weight: 3, plot: "cn" },
  { name: "KCN Sài Đồng B", commune: "Long Biên", weight: 4, plot: "lot" },
  { name: "KCN Hà Nội – Đài Tư", commune: "Long Biên", weight: 3, plot: "letter" },
  { name: "KCN Phùng", commune: "Đan Phượng", weight: 2, plot: "cn" },
  { name: "CCN Ngọc Hồi", commune: "Thanh Trì", weight: 4, plot: "lot" },
  { name: "CCN Liên Phương", commune: "Thường Tín", weight: 3, plot: "lot" },
  { name: "CCN Hà Bình Phương", commune: "Thường Tín", weight: 3, plot: "lot" },
  { name: "CCN Quất Động", commune: "Thường Tín", weight: 2, plot: "lot" },
  { name: "CCN Phú Thị", commune: "Gia Lâm", weight: 3, plot: "lot" },
  { name: "CCN Phùng Xá", commune: "Thạch Thất", weight: 3, plot: "lot" },
  { name: "CCN Bình Phú", commune: "Thạch Thất", weight: 2, plot: "lot" },
  { name: "CCN Lai Xá", commune: "Hoài Đức", weight: 2, plot: "lot" },
  { name: "CCN Nguyên Khê", commune: "Đông Anh", weight: 2, plot: "lot" },
  { name: "CCN Vĩnh Tuy", commune: "Hoàng Mai", weight: 2, plot: "lot" },
  { name: "CCN Đan Phượng", commune: "Đan Phượng", weight: 2, plot: "lot" },
];

/** Streets and villages for firms outside any zone, by locality. */
export const STREETS: { commune: string; streets: string[]; weight: number }[] = [
  {
    commune: "Hoàng Mai",
    streets: ["đường Tam Trinh", "đường Lĩnh Nam", "đường Giải Phóng", "đường Nguyễn Tam Trinh"],
    weight: 4,
  },
  {
    commune: "Thanh Trì",
    streets: ["đường Ngọc Hồi", "đường Phan Trọng Tuệ", "thôn Tả Thanh Oai"],
    weight: 3,
  },
  { commune: "Long Biên", streets: ["đường Nguyễn Văn Linh", "đường Ngô Gia Tự", "phố Sài Đồng"], weight: 3 },
  { commune: "Gia Lâm", streets: ["đường Hà Huy Tập", "thôn Kiêu Kỵ", "đường Cổ Bi"], weight: 3 },
  { commune: "Hoài Đức", streets: ["đường Lai Xá", "thôn Vân Canh", "đường 32"], weight: 3 },
  { commune: "Đông Anh", streets: ["đường Cao Lỗ", "thôn Nguyên Khê", "đường Võng La"], weight: 3 },
  { commune: "Mê Linh", streets: ["đường Mê Linh", "thôn Chi Đông", "đường Quang Minh"], weight: 2 },
  { commune: "Sóc Sơn", streets: ["đường Quốc lộ 3", "thôn Mai Đình", "đường Núi Đôi"], weight: 2 },
  { commune: "Thường Tín", streets: ["đường Quốc lộ 1A", "thôn Liên Phương", "thôn Duyên Thái"], weight: 3 },
  { commune: "Phú Xuyên", streets: ["đường Quốc lộ 1A", "thôn Phú Minh", "thôn Đại Xuyên"], weight: 3 },
  { commune: "Chương Mỹ", streets: ["đường Quốc lộ 6", "thôn Phú Nghĩa", "thôn Ngọc Hòa"], weight: 2 },
  { commune: "Thạch Thất", streets: ["thôn Phùng Xá", "đường Quốc lộ 21", "thôn Bình Phú"], weight: 2 },
  { commune: "Quốc Oai", streets: ["thôn Phú Cát", "đường Đại lộ Thăng Long", "thôn Sài Sơn"], weight: 2 },
  { commune: "Đan Phượng", streets: ["đường Tân Lập", "thôn Hạ Mỗ", "đường 417"], weight: 2 },
  {
    commune: "Bắc Từ Liêm",
    streets: ["đường Phạm Văn Đồng", "đường Thụy Phương", "phố Đông Ngạc"],
    weight: 2,
  },
];
