import { Form } from "@remix-run/react";
import { useT } from "~/components/i18n";
import type { LiveBoard, LiveMeeting } from "~/services/events/live.server";
import { Options } from "~/components/ui/field";

// The parts of the organisers' live board (/admin/events/:id/live): a slot's meetings with
// check-in and no-show buttons, and the day-change forms with their preview step.

type Preview = { moved: number; fields: Record<string, string> };

function MeetingRow({ m }: { m: LiveMeeting }) {
  const t = useT();
  // Thumb-sized on a phone, where the live view is used at the tables with one hand.
  const button =
    "rounded border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50 md:px-2 md:py-1 md:text-xs";
  return (
    // On a phone each meeting is a card: the table, the pair, then the buttons, stacked.
    <tr className="border-b border-slate-100 max-md:block max-md:py-2" data-meeting={m.meetingId}>
      <td className="py-2 pr-3 font-medium max-md:block max-md:py-0.5">{m.table}</td>
      <td className="py-2 pr-3 max-md:block max-md:py-0.5">
        {m.a.name} ↔ {m.b.name}
      </td>
      <td className="py-2 pr-3 text-sm max-md:block max-md:py-0.5">
        {m.attendance ? t(`fairDay.attendance.${m.attendance}`) : "—"}
      </td>
      <td className="py-2 max-md:block max-md:py-0.5">
        <Form method="post" className="flex flex-wrap gap-1">
          <input type="hidden" name="meeting" value={m.meetingId} />
          <button type="submit" name="intent" value="checkin" className={button}>
            {t("fairDay.live.checkin")}
          </button>
        </Form>
        <Form method="post" className="mt-1 flex flex-wrap items-center gap-1">
          <input type="hidden" name="meeting" value={m.meetingId} />
          <input type="hidden" name="intent" value="noshow" />
          <select
            name="absent"
            aria-label={t("fairDay.live.noShow")}
            className="min-w-0 max-w-full rounded border-slate-300 py-2 text-sm md:py-0.5 md:text-xs"
          >
            <option value={m.a.id}>{m.a.name}</option>
            <option value={m.b.id}>{m.b.name}</option>
            <option value="both">{t("fairDay.live.noShowBoth")}</option>
          </select>
          <button type="submit" className={button}>
            {t("fairDay.live.noShow")}
          </button>
        </Form>
        {m.attendance && (
          <Form method="post">
            <input type="hidden" name="meeting" value={m.meetingId} />
            <button type="submit" name="intent" value="undo" className="mt-1 text-xs underline">
              {t("fairDay.live.undo")}
            </button>
          </Form>
        )}
      </td>
    </tr>
  );
}

export function SlotBlock({
  title,
  slot,
}: {
  title: string;
  slot: { time: string | null; meetings: LiveMeeting[] };
}) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">
        {title} · {slot.time}
      </h2>
      <table className="mt-2 w-full text-left text-sm max-md:block">
        <tbody className="max-md:block">
          {slot.meetings.map((m) => (
            <MeetingRow key={m.meetingId} m={m} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

// One day-change form: a few choices, then "preview" (the move is confirmed in a second step).
function ChangeForm({
  intent,
  fields,
}: {
  intent: string;
  fields: { label: string; name: string; options: { id: string | number; label: string }[] }[];
}) {
  const t = useT();
  const button = "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50";
  // Option labels are long ("table, time, A ↔ B"): the select may not grow past the screen.
  const select = "w-full max-w-full rounded border-slate-300 text-sm md:w-auto";
  return (
    <Form method="post" className="mt-3 flex flex-wrap items-end gap-2">
      <input type="hidden" name="intent" value={intent} />
      {fields.map((f) => (
        <label key={f.name} className="min-w-0 max-w-full text-sm">
          {f.label}
          <select name={f.name} className={`${select} mt-1 block`}>
            <Options items={f.options} value={(o) => o.id} label={(o) => o.label} />
          </select>
        </label>
      ))}
      <button type="submit" className={button}>
        {t("fairDay.live.preview")}
      </button>
    </Form>
  );
}

export function DayChanges({ d, preview }: { d: LiveBoard; preview?: Preview }) {
  const t = useT();
  const participants = d.changes.participants.map((p) => ({ id: p.id, label: p.name }));
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">{t("fairDay.live.changes")}</h2>
      {preview && (
        <Form method="post" className="mt-3 flex flex-wrap items-center gap-3 rounded bg-amber-50 p-3">
          {Object.entries(preview.fields).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={String(v)} />
          ))}
          <p role="status" className="font-medium">
            {t("fairDay.live.willMove", { count: preview.moved })}
          </p>
          <button
            type="submit"
            className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
          >
            {t("fairDay.live.confirm")}
          </button>
        </Form>
      )}
      <ChangeForm
        intent="preview-cancel"
        fields={[{ label: t("fairDay.live.cancel"), name: "meeting", options: d.changes.meetings }]}
      />
      <ChangeForm
        intent="preview-late"
        fields={[
          { label: t("fairDay.live.late"), name: "participant", options: participants },
          { label: t("fairDay.live.lateFrom"), name: "slot", options: d.changes.slots },
        ]}
      />
    </section>
  );
}
