import { getInputProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { Field, TextInput } from "~/components/ui/field";
import { FieldErrors } from "~/components/auth/form-field";
import { CONTENT_TYPE, UPLOADS, type UploadSlot } from "~/modules/profile/files";

// Conform-bound controls of the profile and request forms. Errors are message keys, translated
// by FieldErrors next to the field.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form schema; the field holds text
export type AnyField = FieldMetadata<any, any, string[]>;

const area =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-red-500";

/** Every error of a field and of its parts ("processes[3]"), once each. */
export function allErrors(meta: AnyField): string[] {
  return [...new Set(Object.values(meta.allErrors).flat())];
}

export function InputField({
  meta,
  label,
  type = "text",
  hint,
  lang,
  autoComplete,
  list,
  className,
  inputMode,
}: {
  meta: AnyField;
  label: string;
  type?: "text" | "email" | "url" | "tel" | "number" | "date";
  hint?: string;
  lang?: string;
  autoComplete?: string;
  list?: string;
  className?: string;
  inputMode?: "numeric" | "text";
}) {
  // "url" would make the browser refuse "congty.vn"; the schema accepts it, so keep it text.
  const { key, ...props } = getInputProps(meta, {
    type: type === "url" ? "text" : type,
    ariaDescribedBy: hint ? `${meta.id}-hint` : undefined,
  });
  return (
    <Field id={meta.id} label={label} hint={hint} className={className}>
      <TextInput
        key={key}
        {...props}
        lang={lang}
        autoComplete={autoComplete}
        list={list}
        inputMode={inputMode}
      />
      <FieldErrors id={meta.errorId} errors={allErrors(meta)} />
    </Field>
  );
}

export function TextAreaField({
  meta,
  label,
  hint,
  lang,
  rows = 4,
  className,
}: {
  meta: AnyField;
  label: string;
  hint?: string;
  lang?: string;
  rows?: number;
  className?: string;
}) {
  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: hint ? `${meta.id}-hint` : undefined });
  return (
    <Field id={meta.id} label={label} hint={hint} className={className}>
      <textarea key={key} {...props} lang={lang} rows={rows} className={area} />
      <FieldErrors id={meta.errorId} errors={allErrors(meta)} />
    </Field>
  );
}

/** An upload field's `accept`: the types the server takes for that slot, so the picker offers no other. */
export function acceptFor(slot: UploadSlot): string {
  return UPLOADS[slot].kinds.map((k) => CONTENT_TYPE[k]).join(",");
}

export function FileField({
  meta,
  label,
  hint,
  accept,
}: {
  meta: AnyField;
  label: string;
  hint?: string;
  accept: string;
}) {
  return (
    <Field id={meta.id} label={label} hint={hint}>
      <input
        id={meta.id}
        name={meta.name}
        type="file"
        accept={accept}
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={
          [hint ? `${meta.id}-hint` : "", meta.errors?.length ? meta.errorId : ""]
            .filter(Boolean)
            .join(" ") || undefined
        }
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
      />
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </Field>
  );
}

export function Section({
  title,
  id,
  children,
  note,
}: {
  title: string;
  id: string;
  children: React.ReactNode;
  note?: string;
}) {
  return (
    <fieldset id={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <legend className="px-1 text-lg font-semibold text-slate-900">{title}</legend>
      {note && <p className="text-sm text-slate-600">{note}</p>}
      {children}
    </fieldset>
  );
}
