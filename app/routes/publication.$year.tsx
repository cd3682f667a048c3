import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { getActor, isOrganiser, requireWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { editionYear, freezeEdition, publicationPage } from "~/services/publication.server";
import { useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import printCss from "~/publication-print.css?url";
import {
  DirectoryTable,
  EditionHeader,
  KeyFigures,
  OpenData,
  PublicDefinitions,
  SectorFigures,
  StandardFigures,
} from "~/components/programme/publication";
import { pageMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

// The annual CNHT publication: public, bilingual (the reader's language, both names of every
// firm), printable, with open-data downloads. Organisers freeze a year's edition here.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: printCss }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const p = await publicationPage(params.year);
  const actor = await getActor(request);
  return { p, organiser: isOrganiser(actor) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const year = editionYear(params.year);
  const { t } = getTranslator(request);
  const form = await readForm(request);
  if (form.get("intent") !== "freeze") throw new Response("Bad request", { status: 400 });
  const ok = await freezeEdition(actor, year);
  return redirectWithToast(request, `/publication/${year}`, {
    kind: ok ? "success" : "error",
    message: t(ok ? "publication.frozenNow" : "publication.alreadyFrozen"),
  });
}

export default function PublicationPage() {
  const t = useT();
  const { p, organiser } = useLoaderData<typeof loader>();
  const busy = useNavigation().state === "submitting";
  return (
    <article className="publication space-y-6">
      <EditionHeader p={p} />
      <KeyFigures f={p.figures} />
      <SectorFigures f={p.figures} />
      <StandardFigures f={p.figures} />
      <DirectoryTable directory={p.directory} />
      <OpenData year={p.year} />
      <PublicDefinitions />
      {/* A frozen edition stays as it was: only a live one can be frozen. */}
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

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, (t) => ({ title: data ? t("publication.title", { year: data.p.year }) : undefined }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
