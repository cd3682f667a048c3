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
  "Đồng Văn", "Đông Hưng", "Minh Đức", "Trung Đức", "Việt Đức", "Cầu Giấy", "Vạn Xuân", "Vạn Phúc",
  "Khu CNC", "Khu CNC Hòa Lạc", "khu công nghệ cao", "Hòa Lạc",
  // Everyday words that fold like capability words
  "chúng tôi", "đồng thời", "đồng bộ", "đồng hành", "đồng ý", "đồng đều", "hợp đồng", "cộng đồng",
  "nhóm sản phẩm", "nhóm hàng", "nhóm ngành", "theo nhóm", "mã số", "mã hàng", "thuận tiện",
  "tiện ích", "tiện lợi", "phương tiện", "đóng tàu", "máy móc", "thiết bị máy móc",
  "in house", "in-house", "made in", "long lasting", "long-lasting",
  "đáp ứng", "giải đáp", "hân hạnh", "thời hạn", "hạn chế", "giới hạn", "hạn sử dụng", "kỳ hạn", "dài hạn", "ngắn hạn",
  "trung hạn", "quyền hạn", "gọn gàng", "kèm theo", "đi kèm", "trực tiếp", "trực tuyến", "kiến trúc", "cấu trúc",
  "trực quan", "khoa học", "đúc kết", "đồng nghiệp", "đồng hồ", "cung cấp", "cao cấp", "cấp độ", "đẳng cấp", "khó khăn",
  "nhân viên", "nhân công", "tiếp nhận", "chấp nhận", "bắt đầu", "bảo hành", "bao gồm", "lỗi", "lợi ích",
];
