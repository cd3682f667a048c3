import type { LoaderFunctionArgs } from "@remix-run/node";
import { editionYear, publicationDownload, type DownloadFormat } from "~/services/publication.server";

// Open data of the annual publication: the same edition as the page (frozen when frozen).
const FORMATS: DownloadFormat[] = ["json", "directory.csv", "figures.csv", "xlsx"];

export async function loader({ params }: LoaderFunctionArgs) {
  const year = editionYear(params.year); // the page's own year check: 404 outside 2000–2100
  const format = params.format as DownloadFormat;
  if (!FORMATS.includes(format)) throw new Response("Not found", { status: 404 });
  const d = await publicationDownload(year, format);
  return new Response(d.body, {
    headers: {
      "Content-Type": d.type,
      "Content-Disposition": `attachment; filename="${d.name}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
