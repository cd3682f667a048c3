import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/services/auth.server";
import { moderation, threadView } from "~/services/engagement.server";
import { getLocale } from "~/utils/locale.server";
import { displayName } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { ThreadMessages } from "~/components/engage/thread";
import { formatDateTime } from "~/components/format";

// Moderation: the threads a buyer or supplier reported, and (?thread=ID) one of them to read.
// Organisers see no other thread: a conversation is private until one side asks for help.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const locale = getLocale(request);
  const name = (o: { nameVi: string | null; nameEn: string | null }, ref: string) =>
    displayName(o, locale, ref);
  const id = Number(new URL(request.url).searchParams.get("thread"));
  const open = Number.isInteger(id) && id > 0 ? await moderation.open(id) : undefined;
  return {
    threads: (await moderation.list()).map((th) => ({
      id: th.id,
      subject: th.subject,
      buyer: name({ nameVi: th.buyerNameVi, nameEn: th.buyerNameEn }, th.buyerRef),
      supplier: name({ nameVi: th.supplierNameVi, nameEn: th.supplierNameEn }, th.supplierRef),
      reason: th.reportReason,
      at: formatDateTime(th.reportedAt, locale),
    })),
    open: open ? threadView(open.thread, open.messages, null, name) : null,
  };
}

export const meta = titleMeta("admin.nav.messages");

export default function ReportedThreads() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("engage.admin.title")}</h1>
      <p className="text-slate-600">{t("engage.admin.lead")}</p>
      {d.threads.length === 0 ? (
        <p>{t("engage.admin.none")}</p>
      ) : (
        <ul className="divide-y rounded border bg-white">
          {d.threads.map((th) => (
            <li key={th.id} className="p-3 text-sm">
              <Link to={`/admin/messages?thread=${th.id}`}>
                {th.buyer} ↔ {th.supplier}
              </Link>{" "}
              — {th.subject}
              <span className="block text-xs text-slate-500">
                {th.at} · {t("engage.report.reason")}: {th.reason}
              </span>
            </li>
          ))}
        </ul>
      )}
      {d.open && (
        <section aria-labelledby="open-thread">
          <h2 id="open-thread" className="mb-2 text-lg font-semibold">
            {d.open.buyer.name} ↔ {d.open.supplier.name}: {d.open.subject}
          </h2>
          <ThreadMessages messages={d.open.messages} />
        </section>
      )}
    </section>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
