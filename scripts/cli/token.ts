import { parseArgs } from "node:util";
import { openForCli } from "./context";
import { createApiToken } from "../../app/services/auth/api-tokens.server";
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from "../../app/modules/auth/tokens";
import { ROLES, type Role } from "../../app/modules/auth/permissions";

const USAGE = `Usage: npm run cli -- token create --role organiser|admin|supplier|buyer --name NAME [--org REF] [--days N]
  --days N   valid for N days, 1 to ${TOKEN_MAX_DAYS} (default ${TOKEN_DEFAULT_DAYS})`;

/** `token create`: prints a new API token once; only its SHA-256 is stored. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "create") {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      role: { type: "string" },
      name: { type: "string" },
      org: { type: "string" },
      days: { type: "string" },
    },
    strict: true,
  });
  const role = values.role as Role | undefined;
  const name = values.name?.trim();
  if (!role || !ROLES.includes(role) || !name || name.length > 200) {
    console.error(USAGE);
    return 2;
  }
  const days = values.days === undefined ? TOKEN_DEFAULT_DAYS : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > TOKEN_MAX_DAYS) {
    console.error(`--days must be a whole number from 1 to ${TOKEN_MAX_DAYS} (got ${values.days}).`);
    return 2;
  }
  const { db } = await openForCli();
  try {
    const r = await createApiToken(db, { name, role, orgRef: values.org ?? null, days }, "cli");
    if (!r.ok) {
      console.error(
        r.error === "orgRequired"
          ? `A ${role} token needs --org REF of an existing organisation.`
          : r.error === "orgKind"
            ? `--org ${values.org} is not a ${role} organisation.`
            : `--days must be a whole number from 1 to ${TOKEN_MAX_DAYS}.`,
      );
      return 1;
    }
    console.log(r.token);
    // On stderr, so that `TOKEN=$(npm run cli -- token create …)` still captures the token alone.
    console.error(`Expires ${r.expiresAt.slice(0, 10)} (${days} days).`);
    return 0;
  } finally {
    await db.destroy();
  }
}
