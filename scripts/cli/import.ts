import fs from "node:fs";
import { decodeUtf8 } from "../../app/modules/import/encoding";
import cliProgress from "cli-progress";
import { openForCli } from "./context";
import { importDirectory } from "../../app/modules/import/run";
import { DirectoryFormatError } from "../../app/modules/import/validate";
import { formatReport } from "../../app/modules/import/report";

const USAGE = "Usage: npm run cli -- import FILE [--replace] [--dry-run]";

/** `cli import FILE [--replace] [--dry-run]`: exit 0 when every record was accepted, 1 otherwise. */
export async function run(args: string[]): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  const files = args.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => f !== "--replace" && f !== "--dry-run");
  if (files.length !== 1 || unknown.length) {
    console.error(unknown.length ? `Unknown option ${unknown.join(", ")}.\n${USAGE}` : USAGE);
    return 2;
  }
  const file = files[0];
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    console.error(`Error: cannot read ${file}: ${(e as Error).message}`);
    return 1;
  }
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (e) {
    console.error(`Error: ${file}: ${(e as Error).message}; nothing imported`);
    return 1;
  }

  const services = await openForCli();
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: "Importing [{bar}] {percentage}% | {value}/{total} records | {eta_formatted} left",
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  try {
    let started = false;
    const report = await importDirectory(services, text, {
      replace: flags.has("--replace"),
      dryRun: flags.has("--dry-run"),
      actor: "cli",
      source: file,
      onProgress: (done, total) => {
        if (!bar) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar?.stop();
    console.log(formatReport(report));
    return report.rejections.length ? 1 : 0;
  } catch (e) {
    bar?.stop();
    if (e instanceof DirectoryFormatError) {
      console.error(`Error: ${file}: ${e.message}. Nothing was imported.`);
      return 1;
    }
    throw e;
  } finally {
    await services.close();
  }
}
