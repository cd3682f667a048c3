import fs from "node:fs";
import path from "node:path";
import { openForCli } from "./context";
import { exportDirectory } from "../../app/modules/import/export";
import { formatDirectory } from "../../app/modules/directory/canonical";

/** `cli export [FILE]`: the whole directory as cnht-directory/1, to FILE or stdout. */
export async function run(args: string[]): Promise<number> {
  if (args.length > 1 || args.some((a) => a.startsWith("--"))) {
    console.error("Usage: npm run cli -- export [FILE]");
    return 2;
  }
  const services = await openForCli();
  try {
    const doc = await exportDirectory(services.db);
    const text = formatDirectory(doc);
    if (!args[0]) {
      await new Promise<void>((resolve, reject) =>
        process.stdout.write(text, (e) => (e ? reject(e) : resolve())),
      );
      return 0;
    }
    // Written beside the target and renamed over it: a crash never leaves half a file.
    const target = path.resolve(args[0]);
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, target);
    console.error(
      `Exported ${doc.suppliers.length} suppliers, ${doc.buyers.length} buyers, ${doc.requests.length} requests to ${args[0]}.`,
    );
    return 0;
  } finally {
    await services.close();
  }
}
