import type { Db } from "../../../db/connection";
import { findUserByEmail, insertUser } from "../../../db/queries/users";
import { DEMO_VERIFIED_AT } from "./demo-verified.server";
import { getMembership, insertMembership } from "../../../db/queries/memberships";
import { markEmailVerified } from "../../../db/queries/contact-access";
import { auditAction } from "~/services/audit.server";
import { hashPassword } from "../../modules/auth/password";
import { verifyDemoSuppliers } from "./demo-verified.server";
import type { Role } from "../../modules/auth/permissions";

// Demo logins printed by `npm start` and listed in the README. Public by design: they exist
// only in demo databases (the seed runs on an empty database), never in a real deployment.
const DEMO: {
  role: Role;
  email: string;
  password: string;
  name: string;
  locale: "vi" | "en";
  orgRef?: string;
}[] = [
  {
    role: "organiser",
    email: "organiser@demo.cnht.vn",
    password: "demo-organiser-2027",
    name: "Sở Công Thương (demo)",
    locale: "vi",
  },
  {
    role: "admin",
    email: "admin@demo.cnht.vn",
    password: "demo-admin-2027",
    name: "Admin (demo)",
    locale: "en",
  },
  {
    role: "supplier",
    email: "supplier@demo.cnht.vn",
    password: "demo-supplier-2027",
    name: "Nhà cung cấp (demo)",
    locale: "vi",
    orgRef: "S-00001",
  },
  {
    role: "buyer",
    email: "buyer@demo.cnht.vn",
    password: "demo-buyer-2027",
    name: "Buyer (demo)",
    locale: "en",
    orgRef: "B-001",
  },
];

/**
 * Creates the demo accounts that are missing (idempotent: existing ones are left as they are).
 * The supplier owns S-00001 (or the first supplier), the buyer B-001 (or the first buyer);
 * a role whose organisation kind has no record is skipped. Then a fixed fifth of the suppliers
 * is marked verified by the demo organiser, unless some supplier is verified already.
 */
export async function createDemoAccounts(db: Db): Promise<{ role: Role; email: string; password: string }[]> {
  const out: { role: Role; email: string; password: string }[] = [];
  let organiserId: number | null = null;
  for (const d of DEMO) {
    let orgId: number | null = null;
    if (d.role === "supplier" || d.role === "buyer") {
      const kind = d.role;
      const org =
        (await db
          .selectFrom("organisations")
          .where("ref", "=", d.orgRef!)
          .where("kind", "=", kind)
          .select("id")
          .executeTakeFirst()) ??
        (await db
          .selectFrom("organisations")
          .where("kind", "=", kind)
          // Never a firm someone registered on the portal: a public password would own it.
          .where("origin", "=", "import")
          .select("id")
          .orderBy("ref")
          .limit(1)
          .executeTakeFirst());
      if (!org) continue;
      orgId = org.id;
    }
    const existing = await findUserByEmail(db, d.email);
    const userId = existing
      ? existing.id
      : await db.transaction().execute(async (tx) => {
          const u = await insertUser(tx, {
            email: d.email,
            name: d.name,
            passwordHash: await hashPassword(d.password),
            role: d.role,
            locale: d.locale,
          });
          await auditAction(tx, "cli", "demo_account", "user", u.id);
          return u.id;
        });
    if (d.role === "organiser") organiserId = userId;
    // Demo logins show the whole product: their addresses count as confirmed and the demo buyer's
    // organisation as approved, so the demo buyer sees suppliers' contacts (091-contact-access.md).
    await markEmailVerified(db, userId, DEMO_VERIFIED_AT);
    if (d.role === "buyer" && orgId !== null)
      await db
        .updateTable("organisations")
        .set({ verifiedAt: DEMO_VERIFIED_AT })
        .where("id", "=", orgId)
        .where("verifiedAt", "is", null)
        .execute();
    if (orgId !== null && !(await getMembership(db, userId)))
      await insertMembership(db, { userId, orgId, role: "owner" });
    out.push({ role: d.role, email: d.email, password: d.password });
  }
  if (organiserId !== null) await verifyDemoSuppliers(db, organiserId);
  return out;
}
