// The answers of the request guard (scripts/lib/request-guard.ts), given before Remix runs, so
// the page shows both languages rather than guessing one.
export const security = {
  vi: {
    "security.crossOrigin.title": "Yêu cầu bị từ chối",
    "security.crossOrigin.body":
      "Biểu mẫu này được gửi từ một trang web khác, không phải từ cổng CNHT Hà Nội, nên không có thay đổi nào được thực hiện. Nếu chính bạn gửi, hãy mở lại trang trên cổng và thử lại.",
    "security.method.title": "Phương thức không được hỗ trợ",
    "security.method.body": "Cổng chỉ nhận các phương thức {allow}.",
    "security.body.title": "Nội dung gửi không hợp lệ",
    "security.body.empty": "Yêu cầu không có nội dung. Hãy gửi biểu mẫu từ trang của cổng.",
    "security.body.type":
      "Các trang của cổng chỉ nhận dữ liệu biểu mẫu (application/x-www-form-urlencoded hoặc multipart/form-data), không nhận {type}. Dùng API /api/v1 cho các chương trình.",
  },
  en: {
    "security.crossOrigin.title": "Request refused",
    "security.crossOrigin.body":
      "This form was sent from another website, not from the CNHT Hà Nội portal, so nothing was changed. If you sent it yourself, open the page on the portal again and retry.",
    "security.method.title": "Method not supported",
    "security.method.body": "The portal only accepts {allow}.",
    "security.body.title": "Invalid request body",
    "security.body.empty": "The request has no body. Send the form from the portal's page.",
    "security.body.type":
      "The portal's pages accept form data only (application/x-www-form-urlencoded or multipart/form-data), not {type}. Programs use the API under /api/v1.",
  },
};
