import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { getFormProps, getSelectProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { Button } from "~/components/ui/button";
import { Field, Select } from "~/components/ui/field";
import { FieldErrors } from "~/components/auth/form-field";

// The console's conform forms that add a record (a firm's recognition, an API token): a white card
// of labelled fields in a grid, posting one intent, its button across the whole last row.

const GRID = {
  2: { form: "sm:grid-cols-2", wide: "sm:col-span-2" },
  3: { form: "sm:grid-cols-3", wide: "sm:col-span-3" },
} as const;

export function CardForm({
  form,
  intent,
  columns,
  submit,
  children,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form schema
  form: FormMetadata<any, string[]>;
  intent: string;
  columns: keyof typeof GRID;
  submit: string;
  children: ReactNode;
}) {
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className={`grid max-w-2xl gap-3 rounded-lg border bg-white p-4 ${GRID[columns].form}`}
    >
      <input type="hidden" name="intent" value={intent} />
      {children}
      <div className={GRID[columns].wide}>
        <Button type="submit">{submit}</Button>
      </div>
    </Form>
  );
}

/**
 * A conform-bound select with its label and errors: FormField's twin for a choice (a recognition's
 * kind, a token's role). `children` are the options.
 */
export function SelectField({
  meta,
  label,
  children,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form schema; the field itself is a string
  meta: FieldMetadata<string | undefined, any, string[]>;
  label: string;
  children: ReactNode;
}) {
  return (
    <Field id={meta.id} label={label}>
      <Select {...getSelectProps(meta)} key={meta.key}>
        {children}
      </Select>
      <FieldErrors id={meta.errorId} errors={meta.errors} />
    </Field>
  );
}
