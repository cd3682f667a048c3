import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { Field, TextInput } from "~/components/ui/field";
import { useT } from "~/components/i18n";
import { translateFieldMessage } from "~/modules/i18n";
import { HONEYPOT_FIELD } from "~/modules/auth/honeypot";

/**
 * A conform-bound text input with its label and errors. Schemas carry message keys
 * ("auth.error.email"), translated here so the errors come out in the reader's language.
 */
export function FormField({
  meta,
  label,
  type = "text",
  hint,
  autoComplete,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form schema; the field itself is a string or a number
  meta: FieldMetadata<string | number | undefined, any, string[]>;
  label: string;
  type?: "text" | "email" | "password" | "number";
  hint?: string;
  autoComplete?: string;
}) {
  const { key, ...props } = getInputProps(meta, {
    type,
    ariaDescribedBy: hint ? `${meta.id}-hint` : undefined,
  });
  return (
    <Field id={meta.id} label={label} hint={hint}>
      <TextInput key={key} {...props} autoComplete={autoComplete} />
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </Field>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  const t = useT();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm text-red-700">
      {errors.map((e) => (
        <li key={e}>{translateFieldMessage(t, e)}</li>
      ))}
    </ul>
  );
}

/** Invisible to people (off-screen, not focusable, hidden from screen readers); bots fill it. */
export function Honeypot() {
  const t = useT();
  return (
    <div
      aria-hidden="true"
      style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}
    >
      <label>
        {t("auth.honeypot")}
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}

export function FormMessage({ errors }: { errors?: string[] }) {
  const t = useT();
  if (!errors?.length) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {errors.map((e) => (
        <p key={e}>{translateFieldMessage(t, e)}</p>
      ))}
    </div>
  );
}
