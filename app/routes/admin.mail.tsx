import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { getDb } from "~/services.server";
import { listMail } from "../../db/queries/mail";
import { useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";

// Without a mail server the outbox is how reset links reach people: an organiser reads the
// link here and passes it on (the link is single-use and expires in an hour).
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return { mails: await listMail(getDb(), { limit: 100 }) };
}

export default function AdminMail() {
  const t = useT();
  const { mails } = useLoaderData<typeof loader>();
  return (
    <section className="space-y-4">
      <p className="text-sm text-slate-600">{t("admin.mail.intro")}</p>
      {mails.length === 0 && <p>{t("admin.mail.empty")}</p>}
      <ul className="space-y-3">
        {mails.map((m) => (
          <li key={m.id} className="rounded-lg border bg-white p-4">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-slate-500">{m.createdAt.slice(0, 16).replace("T", " ")}</span>
              <span>
                {t("admin.mail.to")}: <strong>{m.toAddress}</strong>
              </span>
              {m.sentAt ? (
                <Badge tone="green">{t("admin.mail.sent")}</Badge>
              ) : (
                <Badge>{t("admin.mail.notSent")}</Badge>
              )}
              {m.lastError && <Badge tone="red">{m.lastError}</Badge>}
            </p>
            <p className="mt-1 font-medium">{m.subject}</p>
            <pre className="mt-2 whitespace-pre-wrap break-all text-sm text-slate-700">{m.body}</pre>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const meta: MetaFunction = () => [{ title: "Hộp thư đi · Mail outbox — CNHT Hà Nội" }];
