import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { pickText } from "~/modules/i18n";
import { toCsv } from "~/modules/agenda";
import { listDismissals } from "~/services/matching.server";

// Every standing "not relevant" verdict as CSV, one row each, for the organisers' report. toCsv
// adds the UTF-8 BOM (Excel then reads Vietnamese correctly) and defuses cells starting with
// = + - @ — the buyer's free-text note ends up in a spreadsheet.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["organiser", "admin"]);
  const { t, locale } = getTranslator(request);
  const rows = await listDismissals(getDb());
  const csv = toCsv(
    [
      t("admin.matching.date"),
      t("admin.matching.request"),
      t("admin.matching.title"),
      `${t("admin.matching.buyer")} (${t("admin.firm.ref")})`,
      t("admin.matching.buyer"),
      `${t("admin.matching.supplier")} (${t("admin.firm.ref")})`,
      t("admin.matching.supplier"),
      t("admin.matching.reasonCode"),
      t("admin.matching.reason"),
      t("admin.matching.note"),
      `${t("admin.matching.score")} (%)`,
      t("admin.matching.givenBy"),
    ],
    rows.map((r) => [
      r.createdAt.slice(0, 10),
      r.requestRef,
      pickText({ vi: r.titleVi, en: r.titleEn, ja: r.titleJa }, locale),
      r.buyerRef,
      pickText({ vi: r.buyerNameVi, en: r.buyerNameEn, ja: r.buyerNameJa }, locale),
      r.supplierRef,
      pickText({ vi: r.supplierNameVi, en: r.supplierNameEn, ja: r.supplierNameJa }, locale),
      r.reason,
      t(`matching.reason.${r.reason}`),
      r.note ?? "",
      r.score === null ? "" : Math.round(r.score * 100),
      t(`matching.verdict.${r.givenBy}`),
    ]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="matching-feedback-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
