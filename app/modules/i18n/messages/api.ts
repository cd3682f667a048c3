// The API documentation page (/api/docs).
export const api = {
  vi: {
    "apiDocs.title": "API dữ liệu (JSON)",
    "apiDocs.lead":
      "API chỉ đọc của cổng thông tin: tìm nhà cung cấp, xem hồ sơ, kết quả ghép nối và lịch gặp. Mô tả đầy đủ theo OpenAPI 3.1:",
    "apiDocs.spec": "tệp OpenAPI (JSON)",
    "apiDocs.endpoints": "Các địa chỉ",
    "apiDocs.access": "Quyền truy cập",
    "apiDocs.public": "Công khai",
    "apiDocs.token": "Cần đăng nhập hoặc mã API",
    "apiDocs.rules": "Quy ước",
    "apiDocs.rule.auth":
      "Gửi mã API trong tiêu đề Authorization: Bearer MÃ (ban tổ chức cấp tại trang quản trị). Mã sai, đã thu hồi hoặc hết hạn bị từ chối (401) ở mọi địa chỉ, kể cả địa chỉ công khai.",
    "apiDocs.rule.errors":
      'Lỗi luôn có dạng { "error": { "code", "message" } }. Phương thức khác GET/HEAD nhận 405 kèm tiêu đề Allow.',
    "apiDocs.rule.paging":
      "Danh sách chia trang bằng page và limit (tối đa 100); tiêu đề Link (RFC 8288) chỉ trang đầu, trước, sau và cuối.",
    "apiDocs.rule.cache": "Kết quả công khai có ETag: gửi lại trong If-None-Match để nhận 304 khi không đổi.",
    "apiDocs.op.suppliers":
      "Tìm nhà cung cấp (tiếng Việt có hoặc không dấu, tiếng Anh, tiếng Nhật) với bộ lọc",
    "apiDocs.op.supplier": "Hồ sơ một nhà cung cấp (liên hệ chỉ cho người mua đã xác minh và ban tổ chức)",
    "apiDocs.op.requestMatches": "Nhà cung cấp phù hợp với một yêu cầu tìm nguồn, xếp theo mức phù hợp",
    "apiDocs.op.supplierMatches": "Yêu cầu tìm nguồn đang mở phù hợp với một nhà cung cấp",
    "apiDocs.op.schedule": "Lịch gặp đã công bố của một sự kiện (ban tổ chức)",
    "apiDocs.op.agenda": "Các cuộc gặp của tổ chức bạn",
  },
  en: {
    "apiDocs.title": "Data API (JSON)",
    "apiDocs.lead":
      "The portal's read-only API: search suppliers, read profiles, matches and meeting schedules. Its full description in OpenAPI 3.1:",
    "apiDocs.spec": "the OpenAPI file (JSON)",
    "apiDocs.endpoints": "Endpoints",
    "apiDocs.access": "Access",
    "apiDocs.public": "Public",
    "apiDocs.token": "Sign-in or API token",
    "apiDocs.rules": "Conventions",
    "apiDocs.rule.auth":
      "Send an API token as Authorization: Bearer TOKEN (organisers issue them in the console). A wrong, revoked or expired token is refused (401) on every endpoint, public ones included.",
    "apiDocs.rule.errors":
      'Errors are always { "error": { "code", "message" } }. Methods other than GET/HEAD get 405 with an Allow header.',
    "apiDocs.rule.paging":
      "Lists page by page and limit (at most 100); the Link header (RFC 8288) names the first, previous, next and last pages.",
    "apiDocs.rule.cache":
      "Public answers carry an ETag: send it back in If-None-Match to get a 304 when nothing changed.",
    "apiDocs.op.suppliers":
      "Search suppliers (Vietnamese with or without diacritics, English, Japanese) with filters",
    "apiDocs.op.supplier": "One supplier's profile (contact only for verified buyers and organisers)",
    "apiDocs.op.requestMatches": "Suppliers that fit a sourcing request, best first",
    "apiDocs.op.supplierMatches": "Open sourcing requests that fit a supplier",
    "apiDocs.op.schedule": "An event's published meeting schedule (organisers)",
    "apiDocs.op.agenda": "Your organisation's meetings",
  },
} as const;
