import { Link } from "@remix-run/react";
import { displayName } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { formatDate, slotLabel } from "~/components/format";
import type { publicEventPage } from "~/services/events/public-event.server";

// Parts of the public event page (/events/ID).

type Data = NonNullable<Awaited<ReturnType<typeof publicEventPage>>>;

/** Days, hours, breaks and meeting slots, in the reader's language and Hanoi time. */
export function Programme({ d }: { d: Pick<Data, "programme" | "ev"> }) {
  const t = useT();
  const locale = useLocale();
  if (d.programme.length === 0) return null;
  return (
    <section className="mb-6 rounded-lg border bg-white p-5" aria-labelledby="programme-h">
      <h2 id="programme-h" className="mb-2 text-lg font-semibold">
        {t("engage.event.programme")}
      </h2>
      <ul className="space-y-2">
        {d.programme.map((day) => (
          <li key={day.date}>
            <span className="font-medium">{formatDate(day.date, locale)}</span>
            {" · "}
            {t("engage.event.hours", { from: d.ev.dayStart, to: d.ev.dayEnd })}
            {d.ev.breaks.length > 0 &&
              ` · ${t("engage.event.breaks", { list: d.ev.breaks.map((b) => `${b.start}–${b.end}`).join(", ") })}`}
            {day.first && day.last && (
              <span className="block text-sm text-slate-600">
                {t("engage.event.slots", {
                  count: day.count,
                  first: slotLabel(day.first.startsAt, day.first.minutes, locale),
                  last: slotLabel(day.last.startsAt, day.last.minutes, locale),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Approved participants, suppliers and buyers apart, each name a link to the firm's profile. */
export function Participants({ list }: { list: Data["participants"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="mt-6 rounded-lg border bg-white p-5" aria-labelledby="participants-h">
      <h2 id="participants-h" className="mb-2 text-lg font-semibold">
        {t("engage.event.participants", { count: list.length })}
      </h2>
      {list.length === 0 ? (
        <p className="text-slate-600">{t("engage.event.noParticipants")}</p>
      ) : (
        (["supplier", "buyer"] as const).map((kind) => {
          const own = list.filter((p) => p.kind === kind);
          if (own.length === 0) return null;
          return (
            <div key={kind} className="mb-3">
              <h3 className="font-medium">{t(`fair.kind.${kind}`)}</h3>
              <ul className="ml-5 list-disc">
                {own.map((p) => (
                  <li key={p.ref}>
                    <Link to={`/${kind}s/${p.ref}`}>{displayName(p, locale)}</Link>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
