import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { attachTerm, conceptLabel, taxonomyPage } from "~/services/taxonomy.server";
import { TERM_KINDS, type TermKind } from "~/modules/taxonomy/types";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { formOrBadRequest } from "~/utils/form-body.server";
import { queryParams } from "~/utils/request-input";
import { useLocale, useT } from "~/components/i18n";
import { formatDateTime, formatPercent } from "~/components/format";
import { Button } from "~/components/ui/button";
import { Field, Options, Select, TextInput } from "~/components/ui/field";
import { DataTable } from "~/components/admin/data-table";
import { titleMeta } from "~/components/meta";

// /admin/taxonomy (issue 15): the most frequent terms no concept matched, across firms and
// requests; an organiser attaches one to a concept (app/services/taxonomy.server.ts).

const kindParam = z.enum(TERM_KINDS).optional().catch(undefined);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const { kind } = queryParams(request, z.object({ kind: kindParam }));
  const { locale } = getTranslator(request);
  const page = await taxonomyPage(getDb(), { kind, lang: locale });
  return { ...page, kind: kind ?? "" };
}

const attachSchema = z.object({
  kind: z.enum(TERM_KINDS),
  text: z.string().max(200),
  conceptId: z.string().trim().max(100),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const v = await formOrBadRequest(request, attachSchema);
  const kind: TermKind = v.kind;
  const r = await attachTerm(getDb(), actor, { kind, text: v.text, conceptId: v.conceptId });
  if (!r.ok)
    return data({ term: `${kind}:${v.text}`, error: `admin.taxonomy.error.${r.error}` }, { status: 400 });
  const { t, locale } = getTranslator(request);
  const url = new URL(request.url);
  return redirectWithToast(request, url.pathname + url.search, {
    kind: "success",
    message: t("admin.taxonomy.attached", {
      term: v.text,
      concept: conceptLabel(r.conceptId, locale),
      firms: r.firms,
      requests: r.requests,
    }),
  });
}

export default function AdminTaxonomy() {
  const t = useT();
  const locale = useLocale();
  const { terms, total, choices, attached, learned, kind } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  return (
    <section className="space-y-6">
      <h2 className="text-xl font-semibold">{t("admin.taxonomy.title")}</h2>
      <p className="max-w-3xl text-sm text-slate-600">{t("admin.taxonomy.lead")}</p>
      <Form method="get" className="flex items-end gap-2">
        <Field id="taxonomy-kind" label={t("admin.taxonomy.kind")}>
          <Select id="taxonomy-kind" name="kind" defaultValue={kind}>
            <option value="">{t("admin.taxonomy.kind.all")}</option>
            <Options items={TERM_KINDS} value={(k) => k} label={(k) => t(`admin.taxonomy.kind.${k}`)} />
          </Select>
        </Field>
        <Button type="submit" variant="ghost">
          {t("admin.taxonomy.filter")}
        </Button>
      </Form>
      {Object.entries(choices).map(([k, list]) => (
        <datalist key={k} id={`concepts-${k}`}>
          {list!.map((c) => (
            <option key={c.id} value={c.id} label={c.label} />
          ))}
        </datalist>
      ))}
      {terms.length === 0 ? (
        <p>{t("admin.taxonomy.none")}</p>
      ) : (
        <DataTable
          caption={t("admin.taxonomy.shown", { shown: terms.length, total })}
          rows={terms}
          rowKey={(term) => `${term.kind}:${term.key}`}
          columns={[
            { head: t("admin.taxonomy.term"), cell: (term) => term.text },
            { head: t("admin.taxonomy.kind"), cell: (term) => t(`admin.taxonomy.kind.${term.kind}`) },
            { head: t("admin.taxonomy.firms"), cell: (term) => term.firms },
            { head: t("admin.taxonomy.requests"), cell: (term) => term.requests },
            {
              head: t("admin.taxonomy.suggested"),
              cell: (term) => (term.suggestion ? <Evidence e={term.suggestion} /> : null),
            },
            {
              head: t("admin.taxonomy.concept"),
              cell: (term) => (
                <AttachForm
                  term={term}
                  suggested={term.suggestion?.conceptId}
                  error={failed?.term === `${term.kind}:${term.text}` ? failed.error : null}
                />
              ),
            },
          ]}
        />
      )}
      {learned.length > 0 && (
        <div className="space-y-2">
          <p className="max-w-3xl text-sm text-slate-600">{t("admin.taxonomy.learnedLead")}</p>
          <DataTable
            caption={t("admin.taxonomy.learnedList")}
            rows={learned}
            rowKey={(l) => `learned:${l.kind}:${l.key}`}
            columns={[
              { head: t("admin.taxonomy.term"), cell: (l) => l.text },
              { head: t("admin.taxonomy.kind"), cell: (l) => t(`admin.taxonomy.kind.${l.kind}`) },
              {
                head: t("admin.taxonomy.readAs"),
                cell: (l) => (
                  <>
                    {t("admin.taxonomy.nearReading", {
                      concept: l.conceptLabel,
                      confidence: formatPercent(l.confidence, locale),
                    })}
                    <Evidence e={l} />
                  </>
                ),
              },
              {
                head: t("admin.taxonomy.concept"),
                cell: (l) => (
                  <AttachForm
                    term={l}
                    suggested={l.conceptId}
                    idPrefix="confirm"
                    error={failed?.term === `${l.kind}:${l.text}` ? failed.error : null}
                  />
                ),
              },
            ]}
          />
        </div>
      )}
      {attached.length > 0 && (
        <DataTable
          caption={t("admin.taxonomy.attachedList")}
          rows={attached}
          rowKey={(a) => a.id}
          columns={[
            { head: t("admin.taxonomy.term"), cell: (a) => a.text },
            { head: t("admin.taxonomy.kind"), cell: (a) => t(`admin.taxonomy.kind.${a.kind}`) },
            { head: t("admin.taxonomy.concept"), cell: (a) => a.conceptLabel },
            { head: t("admin.taxonomy.by"), cell: (a) => a.createdBy },
            { head: t("admin.taxonomy.at"), cell: (a) => formatDateTime(a.createdAt, locale) },
          ]}
        />
      )}
    </section>
  );
}

/** "12 of 14 firms that write it also describe: anodising" (taxonomy/learned.ts). */
function Evidence({ e }: { e: { support: number; firms: number; conceptLabel: string } }) {
  const t = useT();
  return (
    <span className="block text-xs text-slate-600">
      {t("admin.taxonomy.evidence", { support: e.support, firms: e.firms, concept: e.conceptLabel })}
    </span>
  );
}

/**
 * Attach one term to a concept; the concept's id comes from the kind's datalist, filled in with
 * the directory's suggestion when there is one (one click confirms it).
 */
function AttachForm({
  term,
  error,
  suggested,
  idPrefix = "attach",
}: {
  term: { kind: string; key: string; text: string };
  error: string | null;
  suggested?: string;
  idPrefix?: string;
}) {
  const t = useT();
  const id = `${idPrefix}-${term.kind}-${term.key.replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <Form method="post" className="flex items-start gap-2">
      <input type="hidden" name="kind" value={term.kind} />
      <input type="hidden" name="text" value={term.text} />
      <div>
        <label htmlFor={id} className="sr-only">
          {t("admin.taxonomy.conceptFor", { term: term.text })}
        </label>
        <TextInput
          id={id}
          name="conceptId"
          list={`concepts-${term.kind}`}
          defaultValue={suggested}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-700">
            {t(error)}
          </p>
        )}
      </div>
      <Button type="submit">{t("admin.taxonomy.attach")}</Button>
    </Form>
  );
}

export const meta = titleMeta("admin.taxonomy.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
