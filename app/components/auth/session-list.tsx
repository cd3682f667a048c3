import { useLocale, useT } from "~/components/i18n";
import { formatDate } from "~/components/format";
import { IntentButton } from "~/components/ui/intent-button";
import type { describeDevice, elapsed } from "~/modules/auth/session-policy";

export interface SessionRow {
  id: number;
  current: boolean;
  device: ReturnType<typeof describeDevice>;
  ip: string | null;
  since: string;
  lastSeen: ReturnType<typeof elapsed>;
}

/** The account's open sessions (/my/account): device, last seen, and a button to end each other one. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="divide-y rounded-lg border bg-white">
      {sessions.map((s) => {
        const device =
          s.device.browser && s.device.os
            ? t("account.sessions.deviceOn", { browser: s.device.browser, os: s.device.os })
            : (s.device.browser ?? s.device.os ?? t("account.sessions.unknownDevice"));
        const seen = s.current
          ? t("account.sessions.activeNow")
          : t(`account.sessions.seen.${s.lastSeen.unit}`, { count: s.lastSeen.count });
        return (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <div>
              <p className="font-medium">
                {device}
                {s.current && (
                  <span className="ml-2 rounded bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800">
                    {t("account.sessions.thisDevice")}
                  </span>
                )}
              </p>
              <p className="text-sm text-slate-600">
                {seen} · {t("account.sessions.since", { date: formatDate(s.since, locale) })}
                {s.ip ? ` · ${s.ip}` : ""}
              </p>
            </div>
            {!s.current && (
              <IntentButton
                intent="revoke"
                fields={{ sessionId: s.id }}
                variant="secondary"
                label={t("account.sessions.revoke")}
                item={device}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
