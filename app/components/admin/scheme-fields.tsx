import { useT } from "~/components/i18n";
import { Field, Options, Select, TextInput } from "~/components/ui/field";
import { SCHEME_KINDS, SCHEME_STANDARDS } from "~/modules/schemes/rules";

// The scheme's fields, shared by the create form (/admin/schemes) and the edit form
// (/admin/schemes/ID). `values` fills them: the scheme as saved, or what the organiser typed when
// the save was refused (a stale version, a bad field), so nothing typed is lost.

export type SchemeValues = Partial<Record<string, string | number | boolean | null>>;

export function SchemeFields({
  values = {},
  errors,
  prefix = "scheme",
}: {
  values?: SchemeValues;
  errors?: Record<string, string>;
  prefix?: string;
}) {
  const t = useT();
  const v = (k: string) => (values[k] == null ? undefined : String(values[k]));
  const field = (name: string, input: JSX.Element) => (
    <div>
      <Field id={`${prefix}-${name}`} label={t(`schemes.${name}`)}>
        {input}
      </Field>
      {errors?.[name] && <p className="mt-1 text-sm text-red-700">{errors[name]}</p>}
    </div>
  );
  const text = (name: string, props: Record<string, unknown> = {}) =>
    field(
      name,
      <TextInput id={`${prefix}-${name}`} name={name} defaultValue={v(name)} required {...props} />,
    );
  const area = (name: string) =>
    field(
      name,
      <textarea
        id={`${prefix}-${name}`}
        name={name}
        rows={3}
        maxLength={4000}
        defaultValue={v(name)}
        className="block w-full rounded-md border px-3 py-2 text-sm"
      />,
    );
  const recognised = values.recognition === true || values.recognition === 1 || values.recognition === "on";
  return (
    <>
      {text("nameVi", { maxLength: 200 })}
      {text("nameEn", { maxLength: 200 })}
      {field(
        "kind",
        <Select id={`${prefix}-kind`} name="kind" defaultValue={v("kind")}>
          <Options items={SCHEME_KINDS} value={(k) => k} label={(k) => t(`schemes.kind.${k}`)} />
        </Select>,
      )}
      {field(
        "standard",
        <Select id={`${prefix}-standard`} name="standard" defaultValue={v("standard") ?? ""}>
          <option value="">{t("schemes.standard.none")}</option>
          <Options items={SCHEME_STANDARDS} value={(k) => k} label={(k) => t(`schemes.standard.${k}`)} />
        </Select>,
      )}
      {text("budget", { inputMode: "numeric" })}
      <label className="flex items-center gap-2 self-end text-sm">
        <input type="checkbox" name="recognition" defaultChecked={recognised} />
        {t("schemes.recognition")}
      </label>
      {text("opensOn", { type: "date" })}
      {text("closesOn", { type: "date" })}
      {area("eligibilityVi")}
      {area("eligibilityEn")}
    </>
  );
}
