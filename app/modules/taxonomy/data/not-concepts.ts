/**
 * Phrases that contain a capability word but are not capabilities — mostly place names and
 * everyday words that fold to the same letters ("Hà Đông" is not copper, "Hàn Quốc" is not
 * welding, "chúng tôi" is not quenching). The longest-phrase scan consumes them so that their
 * words are not read as concepts. Add one whenever a description is mis-read.
 */
export const NOT_CONCEPTS: string[] = [
  // Places (Hanoi districts and neighbours, regions, countries)
  "Hà Đông", "Đông Anh", "Đống Đa", "Đồng Nai", "Đồng Tháp", "Hải Dương", "Đông Nam Á", "Đông Bắc",
  "Đông Nam Bộ", "Mỹ Đình", "Hải Phòng", "Đông Á", "Dong A", "Hàn Quốc", "Nhật Bản", "Trung Đông",
  "Sơn Tây", "Lạng Sơn", "Thạch Sơn", "Sơn La", "Hoài Đức", "Đan Phượng", "Thanh Oai", "Phú Xuyên",
  "Lạc Hồng", "Tây Hồ", "Mê Linh", "Thường Tín", "Đông Đô", "Bắc Ninh", "Hưng Yên", "Vĩnh Phúc",
  "Đồng Văn", "Đông Hưng", "Minh Đức", "Trung Đức", "Việt Đức",
  // Everyday words that fold like capability words
  "chúng tôi", "đồng thời", "đồng bộ", "đồng hành", "đồng ý", "đồng đều", "hợp đồng", "cộng đồng",
  "nhóm sản phẩm", "nhóm hàng", "nhóm ngành", "theo nhóm", "mã số", "mã hàng", "thuận tiện",
  "tiện ích", "tiện lợi", "phương tiện", "đóng tàu", "máy móc", "thiết bị máy móc",
  "in house", "in-house", "made in",
];
