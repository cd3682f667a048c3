import type { ReactNode } from "react";
import type { SubmissionResult } from "@conform-to/react";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/components/i18n";
import { RequestFormView } from "~/components/profile/request-form";

/** What the loader of a request form page (new, edit) gives the form. */
export type RequestFormData = {
  defaults: Record<string, unknown>;
  certifications: { id: string; label: string }[];
  /** The request's updated_at when the form was opened (edit only). */
  version?: string;
};

/** What its action answers when it refuses a save: the messages, and after a stale save the new version. */
export type RequestFormAnswer = { result: SubmissionResult<string[]>; version?: string };

/**
 * The page of a buyer's request form, new or edited: the way back to the list (and `links`
 * beside it), the page's `heading`, then the form filled from the route's loader
 * (`RequestFormData`) and, after a refused save, from its action (`RequestFormAnswer`).
 */
export function RequestFormPage({
  links,
  heading,
  submitLabel,
}: {
  links?: ReactNode;
  heading: ReactNode;
  submitLabel: string;
}) {
  const t = useT();
  const d = useLoaderData<RequestFormData>();
  const answer = useActionData<RequestFormAnswer>();
  return (
    <section className="max-w-4xl space-y-6">
      <nav aria-label={t("nav.breadcrumb")} className={links ? "flex gap-4 text-sm" : "text-sm"}>
        <Link to="/my/requests">← {t("requests.title")}</Link>
        {links}
      </nav>
      {heading}
      <RequestFormView
        defaults={d.defaults}
        lastResult={answer?.result}
        version={answer?.version ?? d.version}
        certifications={d.certifications}
        submitLabel={submitLabel}
      />
    </section>
  );
}
