import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { formOrBadRequest } from "~/utils/form-body.server";
import { retryFailedMail } from "~/services/mail-worker.server";
import { listMail, mailCounts } from "~/services/mail.server";
import { useLocale, useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";
import { formatDateTime } from "~/components/format";
import { IntentButton } from "~/components/ui/intent-button";
import { titleMeta } from "~/components/meta";

// The outbox as organisers see it: what was sent, what waits (and why: no mail server, or a
// retry after a temporary failure), and what failed for good with the server's reason and a
// "retry" button. Without a mail server it is also how reset links reach people: an organiser
// reads the link here and passes it on (the link is single-use and expires in an hour).
const STATES = ["failed", "pending", "sent"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const state = z
    .enum(STATES)
    .optional()
    .catch(undefined)
    .parse(new URL(request.url).searchParams.get("state") ?? undefined);
  const db = getDb();
  const [mails, counts] = await Promise.all([listMail(db, { limit: 100, state }), mailCounts(db)]);
  return {
    state: state ?? null,
    counts,
    mails: mails.map((m) => ({
      ...m,
      invitations: (JSON.parse(m.calendar) as { method: string; filename: string }[]).map(
        (c) => `${c.filename} (${c.method})`,
      ),
      calendar: undefined,
    })),
  };
}

const schema = z.object({ intent: z.literal("retry"), id: z.coerce.number().int().positive() });

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const { t } = getTranslator(request);
  const { id } = await formOrBadRequest(request, schema);
  const ok = await retryFailedMail(getDb(), actor, id);
  return redirectWithToast(request, "/admin/mail?state=failed", {
    kind: ok ? "success" : "error",
    message: t(ok ? "admin.mail.retried" : "admin.mail.retryGone"),
  });
}

export default function AdminMail() {
  const t = useT();
  const locale = useLocale();
  const { mails, counts, state } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const waiting = counts.pending + counts.claimed + counts.sending;
  return (
    <section className="space-y-4">
      <p className="text-sm text-slate-600">{t("admin.mail.intro")}</p>
      <nav aria-label={t("admin.mail.filter")} className="flex flex-wrap gap-2 text-sm">
        {(
          [
            [null, t("admin.mail.all")],
            ["failed", t("admin.mail.failedN", { count: counts.failed })],
            ["pending", t("admin.mail.waitingN", { count: waiting })],
            ["sent", t("admin.mail.sentN", { count: counts.sent })],
          ] as const
        ).map(([s, label]) => (
          <Link
            key={s ?? "all"}
            className={`rounded border px-3 py-1 ${state === s ? "bg-slate-100 font-medium" : ""}`}
            to={s ? `/admin/mail?state=${s}` : "/admin/mail"}
          >
            {label}
          </Link>
        ))}
      </nav>
      {mails.length === 0 && <p>{t("admin.mail.empty")}</p>}
      <ul className="space-y-3">
        {mails.map((m) => (
          <li key={m.id} className="rounded-lg border bg-white p-4" data-mail={m.id} data-state={m.state}>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-slate-500">{formatDateTime(m.createdAt, locale)}</span>
              <span className="break-all">
                {t("admin.mail.to")}: <strong>{m.toAddress}</strong>
              </span>
              {m.state === "sent" ? (
                <Badge tone="green">{t("admin.mail.sent")}</Badge>
              ) : m.state === "failed" ? (
                <Badge tone="red">{t("admin.mail.failed")}</Badge>
              ) : m.nextAttemptAt ? (
                <Badge>{t("admin.mail.retrying", { count: m.attempts })}</Badge>
              ) : (
                <Badge>{t("admin.mail.notSent")}</Badge>
              )}
            </p>
            <p className="mt-1 font-medium">{m.subject}</p>
            {m.lastError && m.state !== "sent" && (
              <p className="mt-1 text-sm text-red-700">
                {t("admin.mail.reason")}: <span className="break-all">{m.lastError}</span>
              </p>
            )}
            {m.invitations.length > 0 && (
              <p className="mt-1 text-sm text-slate-600">
                {t("admin.mail.invitations")}: {m.invitations.join(", ")}
              </p>
            )}
            {m.state === "failed" && (
              <IntentButton
                intent="retry"
                fields={{ id: m.id }}
                action={`/admin/mail${params.size ? `?${params}` : ""}`}
                className="mt-2"
                variant="secondary"
              >
                {t("admin.mail.retry")}
              </IntentButton>
            )}
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-slate-600">{t("admin.mail.body")}</summary>
              <pre className="mt-2 whitespace-pre-wrap break-all text-sm text-slate-700">{m.body}</pre>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const meta = titleMeta("admin.nav.mail");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
