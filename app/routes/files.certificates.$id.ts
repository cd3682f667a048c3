import fs from "node:fs";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOrgMember } from "~/services/auth.server";
import { getServices } from "~/utils/services.server";
import { uploadPath } from "~/services/profile.server";
import { CONTENT_TYPE, kindOfStoredName } from "~/modules/profile/files";
import { getCertificateFile } from "~/services/profile.server";

// A certificate's uploaded scan: only for the members of the firm that holds it and for
// organisers (requireOrgMember). The type is the one sniffed at upload, never the client's.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response("Not found", { status: 404 });
  const cert = await getCertificateFile(getServices().db, id);
  if (!cert) throw new Response("Not found", { status: 404 });
  await requireOrgMember(request, cert.orgId);
  const file = uploadPath(cert.filePath);
  const kind = cert.filePath ? kindOfStoredName(cert.filePath) : null;
  if (!file || !kind) throw new Response("Not found", { status: 404 });
  const body = await fs.promises.readFile(file);
  const safeName = cert.standard.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 60) || "certificate";
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPE[kind],
      "Content-Length": String(body.length),
      "Content-Disposition": `inline; filename="${safeName}.${kind === "jpeg" ? "jpg" : kind}"`,
      "Cache-Control": "private, no-store",
      // Images need nothing else; Chromium's PDF viewer does not render under a sandbox.
      ...(kind === "pdf" ? {} : { "Content-Security-Policy": "default-src 'none'; sandbox" }),
    },
  });
}
