import type { Db } from "../../db/connection";
import { insertScheme, type SchemeValues } from "../../db/queries/schemes";
import { insertNews } from "../../db/queries/news";
import { todayInHanoi } from "../../app/modules/clock";

// The demo programme of a fresh install: one support scheme of each kind, open around today, and
// a few published news items (one announcing the ISO 9001 call), so that a supplier can apply and
// an organiser can review straight away. Idempotent: does nothing once any scheme exists.

const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export async function createDemoProgramme(
  db: Db,
  now = new Date(),
): Promise<{ schemes: number; news: number } | null> {
  if (await db.selectFrom("supportSchemes").select("id").limit(1).executeTakeFirst()) return null;
  const today = todayInHanoi(now);
  const year = today.slice(0, 4);
  const base = { opensOn: addDays(today, -30), closesOn: addDays(today, 90), createdBy: null };
  const schemes: Omit<SchemeValues, keyof typeof base>[] = [
    {
      nameVi: `Hỗ trợ áp dụng ISO 9001 năm ${year}`,
      nameEn: `ISO 9001 adoption support ${year}`,
      kind: "management_system",
      standard: "iso9001",
      budget: 2_000_000_000,
      eligibilityVi:
        "Doanh nghiệp CNHT có trụ sở tại Hà Nội, chưa có chứng chỉ ISO 9001 còn hiệu lực. Hỗ trợ tối đa 50% chi phí tư vấn và chứng nhận.",
      eligibilityEn:
        "Supporting-industry firms based in Hanoi without a valid ISO 9001 certificate. Up to 50% of consulting and certification costs.",
    },
    {
      nameVi: `Hỗ trợ áp dụng IATF 16949 năm ${year}`,
      nameEn: `IATF 16949 adoption support ${year}`,
      kind: "management_system",
      standard: "iatf16949",
      budget: 1_500_000_000,
      eligibilityVi: "Doanh nghiệp cung ứng linh kiện ô tô, xe máy đã có ISO 9001.",
      eligibilityEn: "Automotive and motorcycle component suppliers already certified to ISO 9001.",
    },
    {
      nameVi: "Hỗ trợ nghiên cứu, sản xuất thử linh kiện",
      nameEn: "R&D and trial production of components",
      kind: "rnd",
      standard: null,
      budget: 3_000_000_000,
      eligibilityVi: "Dự án sản xuất thử linh kiện có đơn đặt hàng hoặc thư quan tâm của doanh nghiệp FDI.",
      eligibilityEn:
        "Trial production of a component with an order or letter of interest from a foreign-invested manufacturer.",
    },
    {
      nameVi: "Hỗ trợ tham gia hội chợ CNHT",
      nameEn: "Fair participation support",
      kind: "trade_promotion",
      standard: null,
      budget: 800_000_000,
      eligibilityVi: "Doanh nghiệp CNHT tham gia gian hàng tại hội chợ trong và ngoài nước.",
      eligibilityEn: "Supporting-industry firms exhibiting at fairs in Viet Nam or abroad.",
    },
  ];
  for (const scheme of schemes) await insertScheme(db, { ...base, ...scheme });
  const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const articles = [
    {
      slug: `iso-9001-support-${year}`,
      titleVi: `Mở nhận hồ sơ hỗ trợ áp dụng ISO 9001 năm ${year}`,
      titleEn: `Applications open: ISO 9001 adoption support ${year}`,
      bodyVi: `Thành phố hỗ trợ doanh nghiệp CNHT áp dụng **ISO 9001**.\n\n- Hỗ trợ tối đa 50% chi phí\n- Nộp hồ sơ tại mục *Chương trình hỗ trợ* trên trang của doanh nghiệp\n\nHạn nộp: ${base.closesOn}.`,
      bodyEn: `The city supports supporting-industry firms adopting **ISO 9001**.\n\n- Up to 50% of the costs\n- Apply under *Support schemes* on your firm's pages\n\nDeadline: ${base.closesOn}.`,
      publishedAt: at(2),
    },
    {
      slug: `cnht-plan-${year}`,
      titleVi: `Kế hoạch phát triển công nghiệp hỗ trợ năm ${year}`,
      titleEn: `Supporting-industry development plan ${year}`,
      bodyVi:
        "Kế hoạch đặt mục tiêu khoảng 900 doanh nghiệp CNHT, trong đó 300–400 doanh nghiệp đạt tiêu chuẩn quốc tế.\n\n## Nội dung chính\n\n1. Hỗ trợ áp dụng hệ thống quản lý\n2. Nghiên cứu, sản xuất thử\n3. Xúc tiến thương mại",
      bodyEn:
        "The plan targets about 900 supporting-industry firms, 300–400 of them meeting international standards.\n\n## Main lines\n\n1. Management-system adoption\n2. R&D and trial production\n3. Trade promotion",
      publishedAt: at(10),
    },
    {
      slug: `fair-registration-${year}`,
      titleVi: "Đăng ký tham gia hội chợ CNHT",
      titleEn: "Registration for the CNHT fair",
      bodyVi: "Doanh nghiệp đăng ký tham gia hội chợ và gửi yêu cầu gặp người mua trên cổng.",
      bodyEn: "Firms register for the fair and request meetings with buyers on the portal.",
      publishedAt: at(20),
    },
  ];
  for (const a of articles) await insertNews(db, { ...a, createdBy: null });
  return { schemes: schemes.length, news: articles.length };
}
