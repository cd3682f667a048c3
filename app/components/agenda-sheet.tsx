import type { LinksFunction } from "@remix-run/node";
import printCss from "./agenda-print.css?url";
import { Form, Link } from "@remix-run/react";
import { useLocale, useT } from "~/components/i18n";
import { formatDate, formatTime, tableCaption } from "~/modules/i18n";
import { Options } from "~/components/ui/field";

// One participant's printed agenda: a table of meetings with a QR check-in code each. Printing
// puts every sheet on its own page and hides the site's chrome, since venues' Wi-Fi fails and
// people carry paper.

export interface SheetEntry {
  meetingId: number;
  /** The meeting's start (an instant): shown as the reader's date and Hanoi time. */
  start: string;
  table: string;
  counterpart: { ref: string; kind: "buyer" | "supplier"; name: string };
  profileUrl: string;
  why: string[];
  qr: string;
  attendance: "held" | "no_show" | null;
  outcomes: { outcome: string; note: string | null; recordedAt: string }[];
  canRecord?: boolean;
}

/** Route `links` for pages that print agendas (a style sheet, as the CSP wants). */
export const agendaPrintLinks: LinksFunction = () => [{ rel: "stylesheet", href: printCss }];

export function AgendaSheet({
  title,
  subtitle,
  entries,
  outcomes,
}: {
  title: string;
  subtitle?: string;
  entries: SheetEntry[];
  /** The outcome codes, when this viewer may record outcomes. */
  outcomes?: readonly string[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section
      className="agenda-sheet mb-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-label={title}
    >
      <h2 className="text-xl font-semibold">{title}</h2>
      {subtitle && <p className="text-sm text-slate-600">{subtitle}</p>}
      {entries.length === 0 ? (
        <p className="mt-3 text-slate-600">{t("fairDay.agenda.none")}</p>
      ) : (
        // On a phone each meeting is a card (time, table, who; the QR code beside them), since a
        // five-column table does not fit 390 px (docs/decisions/240-phone-layout.md).
        <table className="mt-3 w-full text-left text-sm max-md:block">
          <thead className="max-md:sr-only">
            <tr className="border-b border-slate-300">
              <th className="py-2 pr-3">{t("fairDay.agenda.time")}</th>
              <th className="py-2 pr-3">{t("fairDay.agenda.table")}</th>
              <th className="py-2 pr-3">{t("fairDay.agenda.who")}</th>
              <th className="py-2 pr-3">{t("fairDay.agenda.why")}</th>
              <th className="py-2">{t("fairDay.agenda.qr")}</th>
            </tr>
          </thead>
          <tbody className="max-md:block">
            {entries.map((e) => (
              <tr
                key={e.meetingId}
                className="border-b border-slate-100 align-top max-md:grid max-md:grid-cols-[minmax(0,1fr)_6rem] max-md:gap-x-3 max-md:py-2"
                data-meeting={e.meetingId}
              >
                <td className="py-2 pr-3 tabular-nums max-md:col-start-1 max-md:py-0.5">
                  {/* <time> keeps the instant machine-readable (Hanoi wall clock with its offset)
                      beside the words people read. */}
                  <div>
                    <time dateTime={e.start}>{formatDate(e.start, locale)}</time>
                  </div>
                  <div className="text-base font-semibold">
                    <time dateTime={e.start}>{formatTime(e.start, locale)}</time>
                  </div>
                </td>
                <td className="py-2 pr-3 font-medium max-md:col-start-1 max-md:py-0.5">
                  {/* The column's heading is hidden on a phone, so the cell names the table once by
                      itself ("Bàn 1", "Table 1", "テーブル1"), never "Bàn: Bàn 1". */}
                  {tableCaption(e.table, locale)}
                </td>
                <td className="py-2 pr-3 max-md:col-start-1 max-md:py-0.5">
                  <Link to={e.profileUrl}>{e.counterpart.name}</Link>
                  <div className="text-xs text-slate-500">
                    {t(`fairDay.kind.${e.counterpart.kind}`)} · {e.counterpart.ref}
                  </div>
                  {e.attendance && (
                    <div className="mt-1 text-xs font-medium">{t(`fairDay.attendance.${e.attendance}`)}</div>
                  )}
                </td>
                <td className="py-2 pr-3 max-md:col-span-2 max-md:py-0.5">
                  <ul className="space-y-1">
                    {e.why.map((w, i) => (
                      <li key={i}>{w}</li>
                    ))}
                  </ul>
                  {outcomes && <OutcomeBlock entry={e} codes={outcomes} />}
                </td>
                <td className="py-2 max-md:col-start-2 max-md:row-span-3 max-md:row-start-1">
                  <div
                    className="h-24 w-24"
                    role="img"
                    aria-label={t("fairDay.agenda.qr")}
                    dangerouslySetInnerHTML={{ __html: e.qr }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OutcomeBlock({ entry, codes }: { entry: SheetEntry; codes: readonly string[] }) {
  const t = useT();
  const locale = useLocale();
  const last = entry.outcomes.at(-1);
  return (
    <div className="no-print mt-3 border-t border-slate-100 pt-2">
      {last && (
        <p className="text-sm">
          {t("fairDay.outcome.title")}: <strong>{t(`fairDay.outcome.${last.outcome}`)}</strong>{" "}
          <span className="text-xs text-slate-500">({formatDate(last.recordedAt, locale)})</span>
        </p>
      )}
      {entry.outcomes.length > 1 && (
        <details className="text-xs text-slate-600">
          <summary>{t("fairDay.outcome.history")}</summary>
          <ol className="ml-4 list-decimal">
            {entry.outcomes.map((o, i) => (
              <li key={i}>
                {formatDate(o.recordedAt, locale)} — {t(`fairDay.outcome.${o.outcome}`)}
                {o.note ? `: ${o.note}` : ""}
              </li>
            ))}
          </ol>
        </details>
      )}
      {entry.canRecord && (
        <Form method="post" className="mt-2 flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="outcome" />
          <input type="hidden" name="meeting" value={entry.meetingId} />
          <label className="text-xs">
            {t("fairDay.outcome.title")}
            <select
              name="outcome"
              className="mt-0.5 block rounded border-slate-300 text-sm"
              defaultValue={last?.outcome}
            >
              <Options items={codes} value={(c) => c} label={(c) => t(`fairDay.outcome.${c}`)} />
            </select>
          </label>
          <label className="text-xs">
            {t("fairDay.outcome.note")}
            <input name="note" maxLength={1000} className="mt-0.5 block rounded border-slate-300 text-sm" />
          </label>
          <button
            type="submit"
            className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
          >
            {t("fairDay.outcome.record")}
          </button>
        </Form>
      )}
    </div>
  );
}
