import { Form, Link } from "@remix-run/react";
import { useT } from "~/components/i18n";
import { StatusBadge } from "~/components/events/status-badge";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/field";
import { Table, Td } from "~/components/ui/table";
import type { EventOverview } from "~/services/events/overview.server";
import { IntentButton } from "~/components/ui/intent-button";

// The parts of the organiser's event overview (/admin/events/:id): registrations to approve and
// the meetings the organiser adds (hosted buyers).

type Person = EventOverview["people"][number];

/** Approving a registration (the secondary button) or rejecting it (the quiet one beside it). */
function DecisionButton({ participant, status }: { participant: Person; status: "approved" | "rejected" }) {
  const t = useT();
  const approve = status === "approved";
  return (
    <IntentButton
      intent="status"
      fields={{ participantId: participant.id, status }}
      className={approve ? "inline" : "ml-1 inline"}
      variant={approve ? "secondary" : "ghost"}
      label={t(approve ? "fair.admin.approve" : "fair.admin.reject")}
      item={participant.name}
    />
  );
}

export function Registrations({ d }: { d: EventOverview }) {
  const t = useT();
  const approved = d.people.filter((p) => p.status === "approved");
  const pending = d.people.filter((p) => p.status === "pending");
  return (
    <Table
      caption={t("fair.admin.registrations", { pending: pending.length, approved: approved.length })}
      head={[t("fair.org"), t("fair.kind"), t("fair.form.status"), t("fair.fixedTable"), ""]}
    >
      {[...pending, ...d.people.filter((p) => p.status !== "pending")].map((p) => (
        <tr key={p.id}>
          <Td>
            <span className="font-mono text-xs text-slate-500">{p.ref}</span> {p.name}
            {p.note && <div className="text-xs text-slate-500">{p.note}</div>}
          </Td>
          <Td>{t(`fair.kind.${p.kind}`)}</Td>
          <Td>
            <StatusBadge status={p.status} />
          </Td>
          <Td>{p.fixedTable}</Td>
          <Td className="whitespace-nowrap">
            {p.status !== "approved" && <DecisionButton participant={p} status="approved" />}
            {p.status === "pending" && <DecisionButton participant={p} status="rejected" />}
            <Link className="ml-2 text-sm" to={`/admin/events/${d.ev.id}/participants/${p.id}`}>
              {t("fair.admin.availability")}
            </Link>
          </Td>
        </tr>
      ))}
    </Table>
  );
}

export function AddMeeting({ d, approved }: { d: EventOverview; approved: Person[] }) {
  const t = useT();
  return (
    <section className="rounded-lg border bg-white p-4">
      <h3 className="mb-2 font-semibold">{t("fair.admin.addMeeting")}</h3>
      <p className="mb-3 text-sm text-slate-600">{t("fair.admin.addMeetingLead")}</p>
      <Form method="post" className="grid gap-3 sm:grid-cols-4">
        <input type="hidden" name="intent" value="addMeeting" />
        {(["aId", "bId"] as const).map((k, i) => (
          <Field key={k} id={`am-${k}`} label={t(i === 0 ? "fair.admin.first" : "fair.admin.second")}>
            <Select id={`am-${k}`} name={k} required>
              {approved
                .filter((p) => (i === 0 ? p.kind === "buyer" : true))
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.ref} — {p.name}
                  </option>
                ))}
            </Select>
          </Field>
        ))}
        <Field id="am-note" label={t("fair.admin.note")}>
          <input
            id="am-note"
            name="note"
            maxLength={500}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </Field>
        <div className="self-end">
          <Button type="submit">{t("fair.admin.addMeetingSubmit")}</Button>
        </div>
      </Form>
      {d.organiserMeetings.length > 0 && (
        <ul className="mt-3 list-disc pl-5 text-sm">
          {d.organiserMeetings.map((m) => (
            <li key={m.id}>
              {m.aRef} ↔ {m.bRef} {m.note && <span className="text-slate-500">— {m.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
