import { useT } from "~/components/i18n";
import { Field, Options, Select, TextInput } from "~/components/ui/field";

// The fields an organiser writes for a news article, shared by the "write" form on /admin/news
// and the edit page /admin/news/ID. Bodies are Markdown, sanitised when shown. `errors` holds
// texts already in the organiser's language, by field.

export interface ArticleValues {
  titleVi?: string;
  titleEn?: string;
  bodyVi?: string;
  bodyEn?: string;
  schemeId?: string | number | null;
}

export function ArticleFields({
  values = {},
  errors = {},
  schemes,
}: {
  values?: ArticleValues;
  errors?: Record<string, string>;
  schemes: { id: number; name: string }[];
}) {
  const t = useT();
  const err = (k: string) =>
    errors[k] && (
      <p id={`news-${k}-error`} className="mt-1 text-sm text-red-700">
        {errors[k]}
      </p>
    );
  const described = (k: string) =>
    errors[k] ? { "aria-describedby": `news-${k}-error`, "aria-invalid": true } : {};
  const title = (name: "titleVi" | "titleEn") => (
    <div>
      <Field id={`news-${name}`} label={t(`news.${name}`)}>
        <TextInput
          id={`news-${name}`}
          name={name}
          required
          maxLength={200}
          defaultValue={values[name] ?? ""}
          {...described(name)}
        />
      </Field>
      {err(name)}
    </div>
  );
  const body = (name: "bodyVi" | "bodyEn") => (
    <div className="md:col-span-2">
      <Field id={`news-${name}`} label={t(`news.${name}`)}>
        <textarea
          id={`news-${name}`}
          name={name}
          rows={8}
          required
          maxLength={20000}
          defaultValue={values[name] ?? ""}
          className="block w-full rounded-md border px-3 py-2 font-mono text-sm"
          {...described(name)}
        />
      </Field>
      {err(name)}
    </div>
  );
  return (
    <>
      {title("titleVi")}
      {title("titleEn")}
      <div className="md:col-span-2">
        <Field id="news-schemeId" label={t("news.scheme")}>
          <Select
            id="news-schemeId"
            name="schemeId"
            defaultValue={values.schemeId == null ? "" : String(values.schemeId)}
            {...described("schemeId")}
          >
            <option value="">{t("news.noScheme")}</option>
            <Options items={schemes} value={(s) => s.id} label={(s) => s.name} />
          </Select>
        </Field>
        {err("schemeId")}
      </div>
      {body("bodyVi")}
      {body("bodyEn")}
    </>
  );
}
