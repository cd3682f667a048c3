import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOwnOrg } from "~/services/auth.server";
import { shortlists } from "~/services/engagement.server";
import { getTranslator } from "~/utils/locale.server";
import { toCsv } from "~/modules/agenda";

// One of the buyer's shortlists as CSV (toCsv: BOM for Excel, formulas defused). Another
// organisation's list id is a 404: lists are looked up by the caller's organisation.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request, "buyer");
  const { t } = getTranslator(request);
  const id = Number(params.id);
  const list = Number.isInteger(id) ? await shortlists.get(actor.orgId, id) : undefined;
  if (!list) throw new Response("Not found", { status: 404 });
  const rows = await shortlists.items(actor.orgId, list.id);
  const csv = toCsv(
    [
      t("engage.csv.ref"),
      t("engage.csv.nameVi"),
      t("engage.csv.nameEn"),
      t("engage.csv.verified"),
      t("engage.csv.website"),
      t("engage.csv.added"),
    ],
    rows.map((r) => [
      r.ref,
      r.nameVi ?? "",
      r.nameEn ?? "",
      r.verifiedAt ? r.verifiedAt.slice(0, 10) : "",
      r.website ?? "",
      r.addedAt.slice(0, 10),
    ]),
  );
  const file = `shortlist-${list.id}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
