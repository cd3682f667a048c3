import { parseArgs } from "node:util";
import { openForCli } from "./context";
import { listConflicts, resolveConflict } from "../../app/services/import-conflicts.server";

const USAGE = `Usage: npm run cli -- conflicts                       list the open import conflicts
       npm run cli -- conflicts --resolve ID --take import|portal   settle one (the file's value, or the firm's)`;

/** `conflicts`: the fields an import kept as the firm saved them (docs/decisions/180-import-provenance.md). */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { resolve: { type: "string" }, take: { type: "string" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const services = await openForCli();
  if (values.resolve !== undefined) {
    const id = Number(values.resolve);
    const take = values.take;
    if (!Number.isInteger(id) || id < 1 || (take !== "import" && take !== "portal")) {
      console.error(USAGE);
      return 2;
    }
    const r = await resolveConflict("cli", id, take, services);
    if (!r.ok) {
      console.error(
        r.error === "notFound"
          ? `No open conflict ${id}.`
          : `The file's tax code is already registered to another firm; conflict ${id} stays open.`,
      );
      return 1;
    }
    console.log(
      `Conflict ${id} of ${r.ref} settled: ${take === "import" ? "the file's value written" : "the firm's value kept"}.`,
    );
    return 0;
  }
  const { items, total } = await listConflicts(services);
  if (!total) {
    console.log("No open import conflicts.");
    return 0;
  }
  console.log(`${total} open import conflict(s):`);
  for (const c of items)
    console.log(
      `  #${c.id} ${c.ref} ${c.field}: file "${c.file}" | portal "${c.portal}"${c.source ? ` (${c.source})` : ""}`,
    );
  if (items.length < total) console.log(`  … ${total - items.length} more on /admin/import/conflicts`);
  return 0;
}
