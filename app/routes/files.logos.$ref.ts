import fs from "node:fs";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getServices } from "~/utils/services.server";
import { uploadPath } from "~/services/profile.server";
import { CONTENT_TYPE, kindOfStoredName } from "~/modules/profile/files";
import { getLogo } from "~/services/profile.server";

// A supplier's logo, public like its profile. Pages link it with ?v=updatedAt, so it can be cached.
export async function loader({ params }: LoaderFunctionArgs) {
  const name = await getLogo(getServices().db, params.ref ?? "");
  const file = uploadPath(name);
  const kind = name ? kindOfStoredName(name) : null;
  if (!file || !kind) throw new Response("Not found", { status: 404 });
  const body = await fs.promises.readFile(file);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPE[kind],
      "Content-Length": String(body.length),
      "Cache-Control": "public, max-age=300",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
