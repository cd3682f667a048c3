// Parts of Vietnamese firm and person names, and the export markets firms list.

/** Auspicious two-syllable names most Vietnamese SMEs are named after ("Hưng Thịnh", "Minh Phát"). */
export const NAME_FIRST = [
  "Hưng", "Minh", "Thành", "Tân", "An", "Đại", "Hoàng", "Phúc", "Trường", "Việt", "Đức", "Quang", "Hải",
  "Bảo", "Long", "Kim", "Phú", "Sơn", "Thiên", "Hòa", "Gia", "Đông", "Tiến", "Hợp", "Vĩnh", "Nhật", "Lạc",
  "Hồng", "Toàn", "Thắng", "Trung", "Khánh", "Huy", "Tâm", "Hà", "Thái", "Ngọc", "Phương", "Nam", "Tuấn",
];
export const NAME_SECOND = [
  "Thịnh", "Phát", "Long", "Minh", "Anh", "Khang", "Hưng", "Lợi", "Thành", "Phong", "Sơn", "Nam", "Việt",
  "Dương", "Tiến", "Hải", "Hòa", "Phúc", "Lâm", "Quang", "Tín", "Đạt", "Vượng", "Cường", "Bình", "Nguyên",
  "Hà", "Linh", "Trí", "An",
];
/** Names that are not built from the two lists: places, rivers, joint-venture style. */
export const NAME_WHOLE = [
  "Thăng Long", "Hà Thành", "Sông Hồng", "Tràng An", "Sao Mai", "Bình Minh", "Ánh Dương", "Trường Thành",
  "Hồng Hà", "Ba Vì", "Tây Hồ", "Phương Đông", "Việt Nhật", "Việt Hàn", "Việt Đức", "Á Châu", "Đông Á",
  "Hoàn Cầu", "Đông Dương", "Kinh Đô", "Đại Việt", "Lạc Hồng", "Sông Đà", "Tam Đảo", "Hòa Bình", "Cổ Loa",
  "Đồng Tâm", "Thái Dương", "Phù Đổng", "Thăng Long Việt",
];

export const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Đinh", "Trịnh"];
export const MIDDLE_MALE = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Tiến"];
export const MIDDLE_FEMALE = ["Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng"];
export const GIVEN_MALE = ["Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Quân", "Thắng", "Cường", "Sơn", "Trung", "Phong", "Khoa", "Đạt", "Hiếu", "Tùng"];
export const GIVEN_FEMALE = ["Lan", "Hương", "Hà", "Linh", "Trang", "Ngọc", "Mai", "Thảo", "Hằng", "Yến", "Nhung", "Phương", "Thủy", "Vân"];

/** Export markets, weighted towards the buyers that actually source in northern Vietnam. */
export const MARKETS: { code: string; vi: string; en: string; weight: number }[] = [
  { code: "JP", vi: "Nhật Bản", en: "Japan", weight: 10 },
  { code: "KR", vi: "Hàn Quốc", en: "Korea", weight: 8 },
  { code: "US", vi: "Mỹ", en: "the United States", weight: 5 },
  { code: "TW", vi: "Đài Loan", en: "Taiwan", weight: 4 },
  { code: "CN", vi: "Trung Quốc", en: "China", weight: 4 },
  { code: "DE", vi: "Đức", en: "Germany", weight: 3 },
  { code: "TH", vi: "Thái Lan", en: "Thailand", weight: 3 },
  { code: "SG", vi: "Singapore", en: "Singapore", weight: 2 },
  { code: "FR", vi: "Pháp", en: "France", weight: 2 },
  { code: "NL", vi: "Hà Lan", en: "the Netherlands", weight: 1 },
  { code: "AU", vi: "Úc", en: "Australia", weight: 1 },
  { code: "MY", vi: "Malaysia", en: "Malaysia", weight: 2 },
];
