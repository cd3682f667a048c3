import { parseArgs } from "node:util";
import { openForCli } from "./context";
import { createApiToken } from "../../app/modules/auth/api-tokens";
import { ROLES, type Role } from "../../app/modules/auth/permissions";

const USAGE =
  "Usage: npm run cli -- token create --role organiser|admin|supplier|buyer --name NAME [--org REF]";

/** `token create`: prints a new API token once; only its SHA-256 is stored. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "create") {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { role: { type: "string" }, name: { type: "string" }, org: { type: "string" } },
    strict: true,
  });
  const role = values.role as Role | undefined;
  const name = values.name?.trim();
  if (!role || !ROLES.includes(role) || !name || name.length > 200) {
    console.error(USAGE);
    return 2;
  }
  const { db } = await openForCli();
  try {
    const r = await createApiToken(db, { name, role, orgRef: values.org ?? null }, "cli");
    if (!r.ok) {
      console.error(
        r.error === "orgRequired"
          ? `A ${role} token needs --org REF of an existing organisation.`
          : `--org ${values.org} is not a ${role} organisation.`,
      );
      return 1;
    }
    console.log(r.token);
    return 0;
  } finally {
    await db.destroy();
  }
}
