import fs from "node:fs";
import path from "node:path";
import { openForCli } from "./context";
import { exportDirectory } from "../../app/services/import/export.server";
import { formatDirectory } from "../../app/modules/directory/canonical";

const SHEET = { vi: "Danh bạ", en: "Directory", ja: "企業名簿" } as const;
const USAGE = "Usage: npm run cli -- export [FILE | FILE.xlsx | FILE.csv] [--lang vi|en|ja]";

/**
 * `cli export [FILE]`: the whole directory as cnht-directory/1, to FILE or stdout; to FILE.xlsx or
 * FILE.csv, the suppliers as a spreadsheet with headers in --lang (vi by default) that
 * `cli import` reads back unchanged.
 */
export async function run(args: string[]): Promise<number> {
  let lang: "vi" | "en" | "ja" = "vi";
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--lang" && ["vi", "en", "ja"].includes(args[i + 1]))
      lang = args[++i] as "vi" | "en" | "ja";
    else rest.push(args[i]);
  }
  if (rest.length > 1 || rest.some((a) => a.startsWith("--"))) {
    console.error(USAGE);
    return 2;
  }
  const kind = /\.xlsx$/i.test(rest[0] ?? "") ? "xlsx" : /\.csv$/i.test(rest[0] ?? "") ? "csv" : "json";
  const services = await openForCli();
  try {
    const doc = await exportDirectory(services.db);
    let out: string | Buffer;
    if (kind === "json") out = formatDirectory(doc);
    else {
      const sheet = await import("../../app/modules/import/spreadsheet/export");
      out =
        kind === "xlsx"
          ? await sheet.directoryXlsx(doc.suppliers, lang, SHEET[lang])
          : sheet.directoryCsv(doc.suppliers, lang);
    }
    if (!rest[0]) {
      await new Promise<void>((resolve, reject) =>
        process.stdout.write(out, (e) => (e ? reject(e) : resolve())),
      );
      return 0;
    }
    // Written beside the target and renamed over it: a crash never leaves half a file.
    const target = path.resolve(rest[0]);
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, out);
    fs.renameSync(tmp, target);
    console.error(
      kind === "json"
        ? `Exported ${doc.suppliers.length} suppliers, ${doc.buyers.length} buyers, ${doc.requests.length} requests to ${rest[0]}.`
        : `Exported ${doc.suppliers.length} suppliers to ${rest[0]}.`,
    );
    return 0;
  } finally {
    await services.close();
  }
}
