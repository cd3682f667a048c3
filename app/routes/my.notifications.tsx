import { pickText } from "~/modules/i18n";
import { isDeclineReason } from "~/modules/events";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireUser, requireUserWriter } from "~/services/auth.server";
import { mailPreference, markRead, myNotifications } from "~/services/engagement.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { Button } from "~/components/ui/button";
import { formatDateTime } from "~/components/format";
import { readForm } from "~/utils/form-body.server";

// The user's own notifications (meeting requests, answers, cancellations, schedule changes,
// interest, messages), newest first; each can be marked read, or all at once.

type Names = { vi?: string | null; en?: string | null } | null;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const { t } = getTranslator(request);
  const locale = getLocale(request);
  const pick = (n: unknown) => {
    // Names through the one fallback order (a Japanese reader gets English first).
    return pickText(n as Names, locale);
  };
  const rows = actor.userId === null ? [] : await myNotifications(actor.userId);
  const declined = (r: (typeof rows)[number]) =>
    isDeclineReason(r.params.declineReason) ? r.params.declineReason : null;
  return {
    mail: actor.userId === null ? false : await mailPreference.get(actor.userId),
    items: rows.map((r) => ({
      id: r.id,
      // A cancelled meeting with its reason reads the reason too (issue 13), a declined one
      // its reason's name (only a known code is named; anything else is left out).
      text: t(
        `engage.notify.${r.kind}${
          (r.kind === "meeting_cancelled" && r.params.reason) ||
          (r.kind === "meeting_declined" && declined(r))
            ? "_reason"
            : ""
        }`,
        {
          reason:
            r.kind === "meeting_declined" ? t(`fair.decline.${declined(r)}`) : String(r.params.reason ?? ""),
          name: pick(r.params.name),
          event: pick(r.params.event),
          request: pick(r.params.request),
          subject: String(r.params.subject ?? ""),
        },
      ),
      link: r.link,
      unread: r.readAt === null,
      at: formatDateTime(r.createdAt, locale),
    })),
  };
}

const schema = z.union([
  // The mail choice: an unticked box sends no `on` at all.
  z.object({ intent: z.literal("mail"), on: z.literal("1").optional() }),
  z.object({ intent: z.undefined(), id: z.coerce.number().int().positive().optional() }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUserWriter(request);
  const { t } = getTranslator(request);
  const v = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!v.success || actor.userId === null)
    return redirectWithToast(request, "/my/notifications", { kind: "error", message: t("engage.badForm") });
  if (v.data.intent === "mail") await mailPreference.set(actor.userId, v.data.on === "1");
  else await markRead(actor.userId, v.data.id);
  return redirectWithToast(request, "/my/notifications", { kind: "success", message: t("engage.saved") });
}

export const meta = titleMeta("engage.notify.title");

type Notification = Awaited<ReturnType<typeof loader>>["items"][number];

// One notification: its text linking to what it is about, and "mark read" while it is unread.
function NotificationRow({ n }: { n: Notification }) {
  const t = useT();
  return (
    <li
      className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm"
      data-unread={n.unread ? "1" : "0"}
    >
      <span className={n.unread ? "font-semibold" : ""}>
        <Link to={n.link}>{n.text}</Link>
        <span className="ml-2 text-xs font-normal text-slate-500">{n.at}</span>
      </span>
      {n.unread && (
        <Form method="post">
          <input type="hidden" name="id" value={n.id} />
          <Button type="submit" variant="ghost" label={t("engage.notify.markRead")} item={n.text} />
        </Form>
      )}
    </li>
  );
}

export default function Notifications() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader title={t("engage.notify.title")} />
      {d.items.some((i) => i.unread) && (
        <Form method="post" className="mb-4">
          <Button type="submit" variant="secondary">
            {t("engage.notify.allRead")}
          </Button>
        </Form>
      )}
      <Form method="post" className="mb-4 rounded border bg-white p-3 text-sm" aria-labelledby="mail-pref-h">
        <h2 id="mail-pref-h" className="font-semibold">
          {t("engage.mailPref.title")}
        </h2>
        <input type="hidden" name="intent" value="mail" />
        <label className="mt-1 flex items-center gap-2">
          <input type="checkbox" name="on" value="1" defaultChecked={d.mail} />
          {t("engage.mailPref.label")}
        </label>
        <p className="text-slate-600">{t("engage.mailPref.hint")}</p>
        <Button type="submit" variant="secondary" className="mt-2">
          {t("engage.mailPref.save")}
        </Button>
      </Form>
      {d.items.length === 0 ? (
        <p className="text-slate-600">{t("engage.notify.none")}</p>
      ) : (
        <ul className="divide-y rounded border bg-white">
          {d.items.map((n) => (
            <NotificationRow key={n.id} n={n} />
          ))}
        </ul>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
