// The error pages of GeneralErrorBoundary, one title and one sentence per status, in the three
// languages (Japanese here too rather than in ja.ts: an error page is public). 404, 403 and 500
// keep their older keys in common.ts; the statuses added with the route kit live here.
export const errors = {
  vi: {
    "error.badRequest.title": "Yêu cầu không hợp lệ",
    "error.badRequest.body": "Hệ thống không hiểu yêu cầu này. Vui lòng quay lại và thử lại.",
    "error.forbidden.body": "Tài khoản của bạn không có quyền xem hoặc thay đổi nội dung này.",
    "error.methodNotAllowed.title": "Thao tác không được hỗ trợ",
    "error.methodNotAllowed.body": "Địa chỉ này không nhận thao tác bạn vừa gửi.",
    "error.conflict.title": "Dữ liệu đã thay đổi",
    "error.conflict.body":
      "Nội dung này vừa được thay đổi hoặc đã tồn tại. Vui lòng tải lại trang và thử lại.",
    "error.tooMany.title": "Quá nhiều yêu cầu",
    "error.tooMany.body": "Bạn đã thao tác quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.",
  },
  en: {
    "error.badRequest.title": "Bad request",
    "error.badRequest.body": "The portal could not understand this request. Please go back and try again.",
    "error.forbidden.body": "Your account may not see or change this.",
    "error.methodNotAllowed.title": "Action not supported",
    "error.methodNotAllowed.body": "This address does not accept what was just sent to it.",
    "error.conflict.title": "This has changed",
    "error.conflict.body": "This was just changed or already exists. Please reload the page and try again.",
    "error.tooMany.title": "Too many requests",
    "error.tooMany.body": "You have tried this too many times. Please wait a few minutes and try again.",
  },
  ja: {
    "error.badRequest.title": "不正なリクエスト",
    "error.badRequest.body":
      "このリクエストを処理できませんでした。前のページに戻り、もう一度お試しください。",
    "error.forbidden.body": "このアカウントには、この内容を閲覧または変更する権限がありません。",
    "error.methodNotAllowed.title": "この操作はサポートされていません",
    "error.methodNotAllowed.body": "このアドレスは送信された操作を受け付けません。",
    "error.conflict.title": "内容が変更されました",
    "error.conflict.body":
      "この内容は変更されたか、既に存在します。ページを再読み込みして、もう一度お試しください。",
    "error.tooMany.title": "リクエストが多すぎます",
    "error.tooMany.body": "操作の回数が多すぎます。数分待ってから、もう一度お試しください。",
  },
} as const;
