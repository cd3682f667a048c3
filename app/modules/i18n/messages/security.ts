// Ref namespaces, buyer approval, contact access and stale-form checks (issue 10).
// The answers of the request guard (scripts/lib/request-guard.ts), given before Remix runs, so
// the page shows both languages rather than guessing one.
export const security = {
  vi: {
    "admin.audit.action.ref_link": "Liên kết với mã danh bạ thành phố",
    "admin.audit.action.ref_namespace": "Chuyển mã sang không gian mã của cổng",
    "admin.firm.approve": "Duyệt tổ chức mua hàng",
    "admin.firm.unapprove": "Bỏ duyệt",
    "admin.firm.approvedOn": "Đã duyệt ngày {date}",
    "admin.firm.notApproved": "Chưa duyệt",
    "admin.firm.approvedDone": "Đã duyệt {ref}: thành viên đã xác nhận email xem được liên hệ nhà cung cấp.",
    "admin.firm.unapprovedDone": "Đã bỏ duyệt {ref}.",
    "admin.firm.approveHelp":
      "Thành viên đã xác nhận email của một tổ chức mua hàng đã duyệt mới xem được thông tin liên hệ của nhà cung cấp.",
    "admin.link.title": "Liên kết với mã trong danh bạ của thành phố",
    "admin.link.help":
      "Doanh nghiệp này tự đăng ký trên cổng ({ref}). Nếu đây chính là doanh nghiệp có mã khác trong danh bạ của thành phố, nhập mã đó: doanh nghiệp sẽ nhận mã ấy và các lần nhập danh bạ sau sẽ cập nhật nó. Tài khoản của doanh nghiệp giữ nguyên.",
    "admin.link.cityRef": "Mã trong danh bạ thành phố",
    "admin.link.submit": "Liên kết",
    "admin.link.done": "{from} nay là {to} của danh bạ thành phố.",
    "admin.link.linkedOn": "Đã liên kết với danh bạ thành phố ngày {date}",
    "admin.link.badRef": "Mã chỉ gồm chữ, số, “-” và “_” (tối đa 64 ký tự).",
    "admin.link.reserved": "Mã bắt đầu bằng P- là mã của cổng, không phải của danh bạ thành phố.",
    "admin.link.taken": "Mã {ref} đã thuộc về một doanh nghiệp khác trong danh bạ.",
    "admin.link.notPortal": "Chỉ doanh nghiệp tự đăng ký trên cổng và chưa liên kết mới liên kết được.",
    "contact.verifiedBuyersOnly":
      "Thông tin liên hệ chỉ hiển thị cho nhà mua hàng đã được xác minh (email đã xác nhận, tổ chức đã được ban tổ chức duyệt).",
    "contact.limitReached":
      "Bạn đã xem thông tin liên hệ của nhiều doanh nghiệp nhất được phép trong 24 giờ. Vui lòng quay lại sau.",
    "contact.confirmEmail": "Xác nhận email của bạn",
    "contact.registerOrg": "Đăng ký tổ chức mua hàng của bạn",
    "contact.awaitingApproval": "Tổ chức của bạn đang chờ ban tổ chức duyệt.",
    "contact.views.title": "Ai đã xem thông tin liên hệ",
    "contact.views.none": "Chưa có ai xem thông tin liên hệ của doanh nghiệp.",
    "contact.views.viewer": "Người xem",
    "contact.views.org": "Tổ chức",
    "contact.views.at": "Thời điểm",
    "contact.views.organiser": "Ban tổ chức",
    "email.title": "Địa chỉ email",
    "email.verified": "Đã xác nhận ngày {date}",
    "email.notVerified": "Chưa xác nhận",
    "email.why":
      "Nhà mua hàng cần xác nhận email để xem thông tin liên hệ của nhà cung cấp. Chúng tôi sẽ gửi một liên kết đến địa chỉ này.",
    "email.resend": "Gửi liên kết xác nhận",
    "email.sent": "Nếu địa chỉ chưa được xác nhận, một liên kết xác nhận vừa được gửi đến.",
    "email.confirm.title": "Xác nhận địa chỉ email",
    "email.confirm.button": "Xác nhận email của tôi",
    "email.confirm.invalid": "Liên kết này không còn dùng được (đã dùng hoặc đã hết hạn).",
    "email.confirm.done": "Đã xác nhận địa chỉ email.",
    "form.stale":
      "Nội dung này đã được người khác thay đổi từ khi bạn mở biểu mẫu. Những gì bạn nhập vẫn còn dưới đây; hãy mở lại trang trong một thẻ khác để xem bản mới, rồi lưu lại.",
    "security.crossOrigin.title": "Yêu cầu bị từ chối",
    "security.crossOrigin.body":
      "Biểu mẫu này được gửi từ một trang web khác, không phải từ cổng CNHT Hà Nội, nên không có thay đổi nào được thực hiện. Nếu chính bạn gửi, hãy mở lại trang trên cổng và thử lại.",
    "security.host.title": "Địa chỉ yêu cầu không khớp",
    "security.host.body":
      "Tiêu đề {header} của yêu cầu ({host}) không phải địa chỉ của cổng ({origin}), nên không có thay đổi nào được thực hiện. Nếu cổng chạy sau một proxy, proxy phải chuyển nguyên tiêu đề Host (nginx: proxy_set_header Host $http_host).",
    "security.method.title": "Phương thức không được hỗ trợ",
    "security.method.body": "Cổng chỉ nhận các phương thức {allow}.",
    "security.body.title": "Nội dung gửi không hợp lệ",
    "security.body.empty": "Yêu cầu không có nội dung. Hãy gửi biểu mẫu từ trang của cổng.",
    "security.body.type":
      "Các trang của cổng chỉ nhận dữ liệu biểu mẫu (application/x-www-form-urlencoded hoặc multipart/form-data), không nhận {type}. Dùng API /api/v1 cho các chương trình.",
    "security.body.unreadable":
      "Không đọc được nội dung biểu mẫu ({type}): dữ liệu bị hỏng hoặc không đúng loại. Hãy mở lại trang trên cổng và gửi lại biểu mẫu.",
    "security.body.fileForm":
      "Biểu mẫu này có tệp đính kèm nên phải được gửi dưới dạng multipart/form-data, không phải {type}. Hãy gửi biểu mẫu từ trang của cổng.",
  },
  en: {
    "admin.audit.action.ref_link": "Linked to the city's directory ref",
    "admin.audit.action.ref_namespace": "Ref moved into the portal's namespace",
    "admin.firm.approve": "Approve this buyer organisation",
    "admin.firm.unapprove": "Withdraw approval",
    "admin.firm.approvedOn": "Approved on {date}",
    "admin.firm.notApproved": "Not approved",
    "admin.firm.approvedDone":
      "{ref} is approved: its members with a confirmed email see suppliers' contacts.",
    "admin.firm.unapprovedDone": "Approval of {ref} withdrawn.",
    "admin.firm.approveHelp":
      "Only members with a confirmed email of an approved buyer organisation see suppliers' contact details.",
    "admin.link.title": "Link to the city's directory ref",
    "admin.link.help":
      "This firm registered itself on the portal ({ref}). If it is the firm that has another ref in the city's directory, enter that ref: the firm takes it and later imports of the directory update it. Its accounts stay as they are.",
    "admin.link.cityRef": "Ref in the city's directory",
    "admin.link.submit": "Link",
    "admin.link.done": "{from} is now {to} of the city's directory.",
    "admin.link.linkedOn": "Linked to the city's directory on {date}",
    "admin.link.badRef": "A ref has only letters, digits, “-” and “_” (at most 64).",
    "admin.link.reserved": "Refs beginning with P- are the portal's, not the city directory's.",
    "admin.link.taken": "{ref} already belongs to another firm in the directory.",
    "admin.link.notPortal": "Only a firm registered on the portal and not linked yet can be linked.",
    "contact.verifiedBuyersOnly":
      "Contacts are shown to verified buyers (a confirmed email and an organisation approved by the organisers).",
    "contact.limitReached":
      "You have seen the contacts of as many firms as allowed in 24 hours. Please come back later.",
    "contact.confirmEmail": "Confirm your email",
    "contact.registerOrg": "Register your buyer organisation",
    "contact.awaitingApproval": "Your organisation is waiting for the organisers' approval.",
    "contact.views.title": "Who looked at your contact details",
    "contact.views.none": "Nobody has looked at your firm's contact details yet.",
    "contact.views.viewer": "Viewer",
    "contact.views.org": "Organisation",
    "contact.views.at": "When",
    "contact.views.organiser": "Organisers",
    "email.title": "Email address",
    "email.verified": "Confirmed on {date}",
    "email.notVerified": "Not confirmed",
    "email.why":
      "Buyers confirm their email to see suppliers' contact details. We will send a link to this address.",
    "email.resend": "Send a confirmation link",
    "email.sent": "If the address was not confirmed yet, a confirmation link is on its way.",
    "email.confirm.title": "Confirm your email address",
    "email.confirm.button": "Confirm my email",
    "email.confirm.invalid": "This link can no longer be used (already used or expired).",
    "email.confirm.done": "Your email address is confirmed.",
    "form.stale":
      "Someone else changed this since you opened the form. What you entered is still below; open the page in another tab to see the newer version, then save again.",
    "security.crossOrigin.title": "Request refused",
    "security.crossOrigin.body":
      "This form was sent from another website, not from the CNHT Hà Nội portal, so nothing was changed. If you sent it yourself, open the page on the portal again and retry.",
    "security.host.title": "Request address does not match",
    "security.host.body":
      "The request's {header} header ({host}) is not the portal's address ({origin}), so nothing was changed. If the portal runs behind a proxy, the proxy must pass the original Host header on (nginx: proxy_set_header Host $http_host).",
    "security.method.title": "Method not supported",
    "security.method.body": "The portal only accepts {allow}.",
    "security.body.title": "Invalid request body",
    "security.body.empty": "The request has no body. Send the form from the portal's page.",
    "security.body.type":
      "The portal's pages accept form data only (application/x-www-form-urlencoded or multipart/form-data), not {type}. Programs use the API under /api/v1.",
    "security.body.unreadable":
      "The form's content ({type}) could not be read: it is damaged or not of the kind it says. Open the page on the portal again and send the form from there.",
    "security.body.fileForm":
      "This form carries files, so it must be sent as multipart/form-data, not {type}. Send the form from the portal's page.",
  },
};
