import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { displayName } from "~/modules/i18n";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { getActor, isOrganiser, rateLimitWrite, requireRole } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { freezeEdition, publication } from "~/services/publication.server";
import { useLocale, useT } from "~/components/i18n";
import { scrollRegion } from "~/components/ui/table";
import { Button } from "~/components/ui/button";
import { OUTCOME_KINDS } from "~/modules/programme/kpi";
import { sectorLabel } from "~/modules/programme/metrics";
import printCss from "~/publication-print.css?url";
import { formatDate } from "~/components/format";

// The annual CNHT publication: public, bilingual (the reader's language, both names of every
// firm), printable, with open-data downloads. Organisers freeze a year's edition here.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: printCss }];

function parseYear(raw: string | undefined): number {
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw ?? "") || year < 2000 || year > 2100)
    throw new Response("Not found", { status: 404 });
  return year;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const year = parseYear(params.year);
  const p = await publication(year);
  if (p.asOf < `${year}-01-01`) throw new Response("Not found", { status: 404 });
  const actor = await getActor(request);
  return { p, organiser: isOrganiser(actor) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const year = parseYear(params.year);
  const { t } = getTranslator(request);
  const form = await request.formData();
  if (form.get("intent") !== "freeze") throw new Response("Bad request", { status: 400 });
  const ok = await freezeEdition(actor, year);
  return redirectWithToast(request, `/publication/${year}`, {
    kind: ok ? "success" : "error",
    message: t(ok ? "publication.frozenNow" : "publication.alreadyFrozen"),
  });
}

export default function PublicationPage() {
  const t = useT();
  const locale = useLocale();
  const { p, organiser } = useLoaderData<typeof loader>();
  const busy = useNavigation().state === "submitting";
  const f = p.figures;
  const bySector = Object.entries(f.firmsBySector).map(([id, n]) => ({
    label: id === "unknown" ? t("programme.sector.unknown") : sectorLabel(id, locale),
    n,
  }));
  const nf = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
  const dl = (format: string) => `/publication/${p.year}/download/${format}`;
  return (
    <article className="publication space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("publication.title", { year: p.year })}</h1>
        <p className="text-sm text-slate-600">
          {t("publication.asOf", { date: p.asOf })}{" "}
          {p.frozenAt
            ? t("publication.frozenOn", { date: formatDate(p.frozenAt, locale) })
            : t("publication.live")}
        </p>
      </header>

      <section className="rounded-lg border bg-white p-4">
        <h2 className="text-lg font-medium">{t("publication.keyFigures")}</h2>
        <dl className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
          {(["firms", "certified", "mncSuppliers", "meetings", "outcomes"] as const).map((m) => (
            <div key={m} className="rounded border p-2" data-figure={m}>
              <dt className="text-sm text-slate-600">{t(`programme.m.${m}`)}</dt>
              <dd className="text-2xl font-semibold">{nf.format(f[m])}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="rounded-lg border bg-white p-4">
        <h2 className="text-lg font-medium">{t("programme.bySector")}</h2>
        <div className="no-print h-64">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bySector}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="n" name={t("programme.m.firms")} fill="#1d4ed8" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col">{t("publication.sector")}</th>
              <th scope="col" className="text-right">
                {t("programme.m.firms")}
              </th>
              <th scope="col" className="text-right">
                %
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(f.firmsBySector).map(([id, n]) => (
              <tr key={id} className="border-t">
                <td>{id === "unknown" ? t("programme.sector.unknown") : sectorLabel(id, locale)}</td>
                <td className="text-right">{n}</td>
                <td className="text-right">{nf.format(f.sectorShares[id] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="rounded-lg border bg-white p-4 text-sm">
        <h2 className="text-lg font-medium">{t("programme.byStandard")}</h2>
        <ul>
          {Object.entries(f.certifiedByStandard).map(([id, n]) => (
            <li key={id}>
              {id.toUpperCase()}: {n}
            </li>
          ))}
        </ul>
        <h2 className="mt-3 text-lg font-medium">{t("programme.outcomesByKind")}</h2>
        <ul>
          {OUTCOME_KINDS.map((k) => (
            <li key={k}>
              {t(`programme.o.${k}`)}: {f.outcomesByKind[k]}
            </li>
          ))}
        </ul>
      </section>

      <section className="rounded-lg border bg-white p-4 text-sm">
        <h2 className="text-lg font-medium">{t("publication.directory", { count: p.directory.length })}</h2>
        <section className="overflow-x-auto" {...scrollRegion(t("layout.scrollTable"))}>
          <table className="w-full min-w-[20rem] text-left">
            <thead>
              <tr>
                <th scope="col">{t("publication.firm")}</th>
                <th scope="col">{t("publication.sector")}</th>
                <th scope="col">{t("publication.certificates")}</th>
              </tr>
            </thead>
            <tbody>
              {p.directory.map((d) => (
                <tr key={d.ref} className="border-t align-top">
                  <td>
                    <Link to={`/suppliers/${d.ref}`}>{displayName(d, locale, d.ref)}</Link>
                    {d.nameVi && d.nameEn && (
                      <span className="block text-slate-500">{locale === "en" ? d.nameVi : d.nameEn}</span>
                    )}
                  </td>
                  <td>{d.sector ? sectorLabel(d.sector, locale) : "—"}</td>
                  <td>{d.certificates.map((c) => c.standard).join(", ") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </section>

      <section className="rounded-lg border bg-white p-4 text-sm">
        <h2 className="text-lg font-medium">{t("publication.openData")}</h2>
        <ul className="list-disc pl-5">
          <li>
            <a href={dl("json")}>JSON</a> — {t("publication.jsonNote")}
          </li>
          <li>
            <a href={dl("directory.csv")}>CSV — {t("publication.directoryFile")}</a>
          </li>
          <li>
            <a href={dl("figures.csv")}>CSV — {t("publication.figuresFile")}</a>
          </li>
          <li>
            <a href={dl("xlsx")}>Excel (xlsx)</a>
          </li>
        </ul>
        <p className="mt-2">{t("publication.licence")}</p>
      </section>

      <section className="rounded-lg border bg-white p-4 text-sm">
        <h2 className="text-lg font-medium">{t("programme.definitions")}</h2>
        {(["firms", "certified", "mncSuppliers", "meetings", "outcomes", "sector"] as const).map((k) => (
          <p key={k} className="mt-1">
            {t(`programme.def.${k}`)}
          </p>
        ))}
      </section>

      {organiser && !p.frozenAt && (
        <Form method="post" className="no-print">
          <input type="hidden" name="intent" value="freeze" />
          <p className="mb-2 text-sm text-slate-600">{t("publication.freezeHelp")}</p>
          <Button type="submit" disabled={busy}>
            {t("publication.freeze")}
          </Button>
        </Form>
      )}
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `CNHT ${data.p.year} · Hà Nội` : "CNHT" },
];

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
