import { Form } from "@remix-run/react";
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { useT } from "~/components/i18n";
import { translateFieldMessage } from "~/modules/i18n/field-message";
import { eventFormSchema } from "~/modules/events";
import { useZodForm } from "~/components/form-validation";
import { Button } from "~/components/ui/button";
import { Field, Select, TextInput, Options } from "~/components/ui/field";

// The organiser's create/edit form for an event: conform bound to eventFormSchema, the schema the
// action parses with, whose messages are keys shown here in the organiser's language.

/** A field's messages (form message keys, or a domain rule's own words) in the reader's language. */
function Err({ id, msgs }: { id: string; msgs?: string[] }) {
  const t = useT();
  return msgs?.length ? (
    <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
      {msgs.map((m) => translateFieldMessage(t, m)).join(" ")}
    </p>
  ) : null;
}

export function EventForm({
  defaultValue,
  lastResult,
  submitLabel,
}: {
  defaultValue: Record<string, string>;
  lastResult?: SubmissionResult<string[]> | null;
  submitLabel: string;
}) {
  const t = useT();
  const [form, fields] = useZodForm(eventFormSchema, { lastResult, defaultValue });
  // The fields by name: what the organiser typed (or the event's settings), and the messages.
  const byName = fields as unknown as Record<string, { initialValue?: unknown; errors?: string[] }>;
  const value = (name: string) => {
    const v = byName[name]?.initialValue;
    return typeof v === "string" ? v : "";
  };
  const errorsOf = (name: string) => byName[name]?.errors;
  const input = (name: string, label: string, type = "text", extra: Record<string, string> = {}) => (
    <Field id={`ev-${name}`} label={label}>
      <TextInput
        id={`ev-${name}`}
        name={name}
        type={type}
        defaultValue={value(name)}
        aria-invalid={errorsOf(name) ? true : undefined}
        {...extra}
      />
      <Err id={`ev-${name}`} msgs={errorsOf(name)} />
    </Field>
  );
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="grid max-w-3xl gap-4 rounded-lg border bg-white p-5 sm:grid-cols-2"
    >
      {input("nameVi", t("fair.form.nameVi"))}
      {input("nameEn", t("fair.form.nameEn"))}
      <div className="sm:col-span-2">{input("venue", t("fair.form.venue"))}</div>
      <Field id="ev-status" label={t("fair.form.status")}>
        <Select id="ev-status" name="status" defaultValue={value("status") || "draft"}>
          <Options
            items={["draft", "open", "closed"]}
            value={(s) => s}
            label={(s) => t(`fair.status.${s}`)}
          />
        </Select>
      </Field>
      {input("days", t("fair.form.days"), "text", { placeholder: "2027-03-10, 2027-03-11" })}
      {input("dayStart", t("fair.form.dayStart"), "time")}
      {input("dayEnd", t("fair.form.dayEnd"), "time")}
      {input("breaks", t("fair.form.breaks"), "text", { placeholder: "12:00-13:30" })}
      {input("meetingMinutes", t("fair.form.meetingMinutes"), "number", { min: "5", max: "240" })}
      {input("changeoverMinutes", t("fair.form.changeoverMinutes"), "number", { min: "0", max: "120" })}
      <Field
        id="ev-tables"
        label={t("fair.form.tables")}
        hint={t("fair.form.tablesHint")}
        className="sm:col-span-2"
      >
        <textarea
          id="ev-tables"
          name="tables"
          rows={5}
          defaultValue={value("tables")}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <Err id="ev-tables" msgs={errorsOf("tables")} />
      </Field>
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("fair.form.pairs")}</legend>
        <p className="text-sm text-slate-600">{t("fair.form.pairsDefault")}</p>
        <label className="mr-6 text-sm">
          <input
            type="checkbox"
            name="allowSupplierSupplier"
            defaultChecked={value("allowSupplierSupplier") === "on"}
          />{" "}
          {t("fair.form.allowSS")}
        </label>
        <label className="text-sm">
          <input type="checkbox" name="allowBuyerBuyer" defaultChecked={value("allowBuyerBuyer") === "on"} />{" "}
          {t("fair.form.allowBB")}
        </label>
      </fieldset>
      {input("buyerMaxMeetings", t("fair.form.buyerMaxMeetings"), "number", { min: "0" })}
      {input("supplierMaxMeetings", t("fair.form.supplierMaxMeetings"), "number", { min: "0" })}
      {input("buyerMaxOpenRequests", t("fair.form.buyerMaxOpen"), "number", { min: "0" })}
      {input("supplierMaxOpenRequests", t("fair.form.supplierMaxOpen"), "number", { min: "0" })}
      {input("registrationOpensAt", t("fair.form.regOpens"), "datetime-local")}
      {input("registrationClosesAt", t("fair.form.regCloses"), "datetime-local")}
      {input("requestDeadline", t("fair.form.deadline"), "datetime-local")}
      <p className="text-xs text-slate-500 sm:col-span-2">{t("fair.form.timesHint")}</p>
      <div className="sm:col-span-2">
        <Button type="submit">{submitLabel}</Button>
      </div>
    </Form>
  );
}
