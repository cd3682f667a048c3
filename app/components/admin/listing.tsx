import type { ReactNode } from "react";
import { Form, useSearchParams } from "@remix-run/react";
import { useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import { Field, Options, Select, TextInput } from "~/components/ui/field";
import { Pagination, pageHref } from "~/components/ui/pagination";
import { DataTable, type DataTableProps } from "~/components/admin/data-table";

// The organiser console's listings (accounts, audit log, firms …) share one shape: a GET form of
// filters above, a table, page links below that keep the filters. These are that shape once.

/** Filter fields (kept in the URL, so a filtered page can be shared) and the "Filter" button. */
export function FilterForm({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Form method="get" className="flex flex-wrap items-end gap-3">
      {children}
      <Button type="submit" variant="secondary">
        {t("admin.filter")}
      </Button>
    </Form>
  );
}

/** A text filter whose value is read back from the query string. */
export function FilterText({
  name,
  label,
  placeholder,
  type,
}: {
  name: string;
  label: string;
  placeholder?: string;
  type?: "search";
}) {
  const [params] = useSearchParams();
  return (
    <Field id={name} label={label}>
      <TextInput
        id={name}
        name={name}
        type={type}
        placeholder={placeholder}
        defaultValue={params.get(name) ?? ""}
      />
    </Field>
  );
}

/** A choice filter: "All" (no value) and the given options, the current one read from the URL. */
export function FilterSelect({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
}) {
  const t = useT();
  const [params] = useSearchParams();
  return (
    <Field id={name} label={label}>
      <Select id={name} name={name} defaultValue={params.get(name) ?? ""}>
        <option value="">{t("admin.filter.all")}</option>
        <Options items={options} value={(o) => o.value} label={(o) => o.label} />
      </Select>
    </Field>
  );
}

/** Page links for the listing, the current filters kept. */
export function ListPages({ page, pages, label }: { page: number; pages: number; label: string }) {
  const [params] = useSearchParams();
  return <Pagination page={page} pages={pages} hrefFor={(p) => pageHref(params, p)} label={label} />;
}

/** The whole listing: the filters, the table of rows, the page links named `pagesLabel`. */
export function FilteredTable<R>({
  filters,
  page,
  pages,
  pagesLabel,
  ...table
}: { filters: ReactNode; page: number; pages: number; pagesLabel: string } & DataTableProps<R>) {
  return (
    <section className="space-y-4">
      <FilterForm>{filters}</FilterForm>
      <DataTable {...table} />
      <ListPages page={page} pages={pages} label={pagesLabel} />
    </section>
  );
}
