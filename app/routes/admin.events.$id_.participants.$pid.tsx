import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { displayName, slotLabel } from "~/modules/i18n";
import { Form, useLoaderData } from "@remix-run/react";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { localInputToUtc, utcToLocalInput } from "~/modules/events";
import { fairError, getParticipant, listSlots, listTables, setAvailability } from "~/services/events.server";
import { auditAction } from "~/services/audit.server";
import { useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import { Field, Select, TextInput } from "~/components/ui/field";
import { pageMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

// One participant's availability (arrives late, leaves early, blocked slots), its own meeting
// limit and, for hosted buyers, the table it keeps all day.

async function load(params: { id?: string; pid?: string }) {
  const db = getDb();
  const p = await getParticipant(db, Number(params.pid));
  if (!p || p.eventId !== Number(params.id)) throw new Response("Not found", { status: 404 });
  return p;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const locale = getLocale(request);
  const p = await load(params);
  const db = getDb();
  const [slots, tables] = await Promise.all([listSlots(db, p.eventId), listTables(db, p.eventId)]);
  return {
    p: {
      eventId: p.eventId,
      ref: p.ref,
      name: displayName(p, locale),
      kind: p.kind,
      arrivesAt: utcToLocalInput(p.arrivesAt),
      leavesAt: utcToLocalInput(p.leavesAt),
      blocked: JSON.parse(p.blockedSlots) as string[],
      fixedTableId: p.fixedTableId,
      maxMeetings: p.maxMeetings,
    },
    slots: slots.map((s) => ({ code: s.code, label: slotLabel(s.startsAt, s.minutes, locale) })),
    tables,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const p = await load(params);
  const f = await readForm(request);
  const { t } = getTranslator(request);
  const here = `/admin/events/${p.eventId}/participants/${p.id}`;
  const when = (k: string) => {
    const v = String(f.get(k) ?? "").trim();
    if (!v) return null;
    const u = localInputToUtc(v);
    if (!u) throw new Error(t("fair.badForm"));
    return u;
  };
  const max = String(f.get("maxMeetings") ?? "").trim();
  const table = String(f.get("fixedTableId") ?? "");
  try {
    if (max !== "" && !(Number.isInteger(Number(max)) && Number(max) >= 0))
      throw new Error(t("fair.badForm"));
    await setAvailability(getDb(), p.id, {
      arrivesAt: when("arrivesAt"),
      leavesAt: when("leavesAt"),
      blockedSlots: f.getAll("blocked").map(String),
      fixedTableId: table ? Number(table) : null,
      maxMeetings: max === "" ? null : Number(max),
    });
  } catch (e) {
    const msg = fairError(e) ?? (e instanceof Error && e.message === t("fair.badForm") ? e.message : null);
    if (msg === null) throw e;
    return redirectWithToast(request, here, { kind: "error", message: msg });
  }
  await auditAction(getDb(), actor, "participant_availability", "event_participant", p.id);
  return redirectWithToast(request, `/admin/events/${p.eventId}`, {
    kind: "success",
    message: t("fair.admin.saved"),
  });
}

export default function ParticipantSettings() {
  const { p, slots, tables } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="space-y-4">
      <h2 className="text-xl font-semibold">
        {p.ref} — {p.name}
      </h2>
      <Form method="post" className="grid max-w-3xl gap-4 rounded-lg border bg-white p-5 sm:grid-cols-2">
        <Field id="pa-arrives" label={t("fair.admin.arrivesAt")}>
          <TextInput id="pa-arrives" name="arrivesAt" type="datetime-local" defaultValue={p.arrivesAt} />
        </Field>
        <Field id="pa-leaves" label={t("fair.admin.leavesAt")}>
          <TextInput id="pa-leaves" name="leavesAt" type="datetime-local" defaultValue={p.leavesAt} />
        </Field>
        <Field id="pa-table" label={t("fair.fixedTable")} hint={t("fair.admin.fixedTableHint")}>
          <Select id="pa-table" name="fixedTableId" defaultValue={p.fixedTableId ?? ""}>
            <option value="">—</option>
            {tables.map((x) => (
              <option key={x.id} value={x.id}>
                {x.code} · {x.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="pa-max" label={t("fair.admin.maxMeetings")}>
          <TextInput
            id="pa-max"
            name="maxMeetings"
            type="number"
            min={0}
            defaultValue={p.maxMeetings ?? ""}
          />
        </Field>
        <fieldset className="sm:col-span-2">
          <legend className="mb-1 text-sm font-medium text-slate-700">{t("fair.admin.blocked")}</legend>
          <div className="grid grid-cols-2 gap-1 text-sm sm:grid-cols-4">
            {slots.map((s) => (
              <label key={s.code}>
                <input
                  type="checkbox"
                  name="blocked"
                  value={s.code}
                  defaultChecked={p.blocked.includes(s.code)}
                />{" "}
                {s.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <Button type="submit">{t("common.save")}</Button>
        </div>
      </Form>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, (t) => ({
    title: data
      ? t("fair.admin.participantTitle", { ref: data.p.ref, name: data.p.name })
      : t("fair.admin.events"),
  }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
