import { Form } from "@remix-run/react";
import { useT } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/button";
import { DocumentsInput, Errors, type FieldErrors } from "./firm-application";

// Applying to an open scheme from /my/schemes: a note and documents (checked on the server like
// the profile's uploads). `again`: the firm withdrew and applies anew (decision 380).
export function ApplyForm({
  schemeId,
  maxDocuments,
  errors,
  again = false,
}: {
  schemeId: number;
  maxDocuments: number;
  errors: FieldErrors;
  again?: boolean;
}) {
  const t = useT();
  return (
    <Form method="post" encType="multipart/form-data" className="mt-3 space-y-3">
      <input type="hidden" name="intent" value="apply" />
      <input type="hidden" name="schemeId" value={schemeId} />
      {again && <p className="text-sm text-slate-700">{t("schemes.applyAgainHint")}</p>}
      <div>
        <label htmlFor={`note-${schemeId}`} className="mb-1 block text-sm font-medium">
          {t("schemes.note")}
        </label>
        <textarea
          id={`note-${schemeId}`}
          name="note"
          rows={3}
          maxLength={4000}
          className="block w-full rounded-md border px-3 py-2 text-sm"
        />
        <Errors list={errors?.note} />
      </div>
      <div>
        <label htmlFor={`docs-${schemeId}`} className="mb-1 block text-sm font-medium">
          {t("schemes.documents")}
        </label>
        <DocumentsInput id={`docs-${schemeId}`} max={maxDocuments} />
        <Errors list={errors?.documents} />
      </div>
      <Errors list={errors?.form} alert />
      <SubmitButton>{t(again ? "schemes.applyAgain" : "schemes.apply")}</SubmitButton>
    </Form>
  );
}
