import fs from "node:fs";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOrgMember } from "~/auth.server";
import { schemeDocumentFile } from "~/schemes.server";
import { CONTENT_TYPE } from "~/modules/profile/files";

// A support-scheme application's document: only for the members of the applying firm and for
// organisers (requireOrgMember). The type is the one sniffed at upload, never the client's.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response("Not found", { status: 404 });
  const doc = await schemeDocumentFile(id);
  if (!doc) throw new Response("Not found", { status: 404 });
  await requireOrgMember(request, doc.orgId);
  if (!doc.path) throw new Response("Not found", { status: 404 });
  const body = await fs.promises.readFile(doc.path);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPE[doc.kind],
      "Content-Length": String(body.length),
      "Content-Disposition": `inline; filename="document-${id}.${doc.kind === "jpeg" ? "jpg" : doc.kind}"`,
      "Cache-Control": "private, no-store",
      // As for certificate scans: images need nothing else; Chromium's PDF viewer does not render under a sandbox.
      ...(doc.kind === "pdf" ? {} : { "Content-Security-Policy": "default-src 'none'; sandbox" }),
    },
  });
}
