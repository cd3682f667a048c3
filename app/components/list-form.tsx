import { Form } from "@remix-run/react";
import { Field, Select, Options } from "~/components/ui/field";
import { Button } from "~/components/ui/button";

/** One choice about the list (its sector, its order), carrying the rest of the URL along. */
export function ListForm(p: {
  action: string;
  keep: [string, string][];
  name: string;
  label: string;
  value: string;
  options: { id: string; label: string }[];
  submit: string;
  className: string;
}) {
  return (
    <Form method="get" action={p.action} className={p.className}>
      {p.keep.map(([k, v], i) => (
        <input key={`${k}${i}`} type="hidden" name={k} value={v} />
      ))}
      <Field id={p.name} label={p.label} className="min-w-0 flex-1">
        <Select id={p.name} name={p.name} defaultValue={p.value}>
          <Options items={p.options} value={(o) => o.id} label={(o) => o.label} />
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {p.submit}
      </Button>
    </Form>
  );
}
