import fs from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, dbEnv } from "../../helpers/db";
import { importDirectory } from "../../../app/services/import/run.server";
import { exportDirectory } from "../../../app/services/import/export.server";
import { formatReport } from "../../../app/modules/import/report";
import { prepareSupplier } from "../../../app/modules/import/prepare";
import { canonicalSupplier } from "../../../app/modules/directory/canonical";
import type { DirectoryFile, DirectorySupplier } from "../../../app/modules/directory/types";
import { DirectoryImportStatements } from "../../../db/queries/directory-import";
import { withStatements } from "../../../db/statements";
import { loadSuppliers } from "../../../db/queries/organisations";
import { insertUser } from "../../../db/queries/users";
import { listConflicts, resolveConflict } from "../../../app/services/import-conflicts.server";
import { count, exec, snapshot } from "./snapshot";

// Issue 12 §2: a re-import of the city's list never overwrites what a firm saved on the portal.

const SAMPLE = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json"), "utf8"),
) as DirectoryFile;
const file = (edit?: (s: DirectorySupplier) => void): DirectoryFile => {
  const suppliers = structuredClone(SAMPLE.suppliers.slice(0, 3));
  if (edit) edit(suppliers[0]!);
  return { format: SAMPLE.format, suppliers, buyers: [], requests: [] };
};

type T = Awaited<ReturnType<typeof freshDb>>;
let t: T;

async function current(ref: string): Promise<DirectorySupplier> {
  const [v] = await loadSuppliers(t.db, { ref }, { withContact: true });
  return canonicalSupplier(v!);
}

/** What the profile page does on save: the whole record through the importer's statements. */
async function firmSaves(ref: string, edit: (s: DirectorySupplier) => void) {
  const rec = await current(ref);
  edit(rec);
  await withStatements(t, async (sx) => {
    const st = new DirectoryImportStatements(sx);
    const id = (await st.orgRefs()).get(ref)!.id;
    await sx.tx(() => st.writeSupplier(id, prepareSupplier(rec)));
  });
}

beforeAll(async () => {
  t = await freshDb();
  const first = await importDirectory(t, file(), { source: "list-2026.json" });
  expect(first.suppliers.created).toBe(3);
  const org = (await withStatements(t, (sx) => new DirectoryImportStatements(sx).orgRefs())).get("S-00001")!;
  const u = await insertUser(t.db, {
    email: "owner@lachong.vn",
    name: "Owner",
    passwordHash: "x",
    role: "supplier",
    locale: "vi",
  });
  await t.db.insertInto("memberships").values({ userId: u.id, orgId: org.id, role: "owner" }).execute();
});
afterAll(() => t?.close());

describe("re-import against the firm's own edits", () => {
  it("keeps every field the firm changed, takes the rest from the file and lists the disagreements", async () => {
    await firmSaves("S-00001", (s) => {
      s.website = "https://lachong.vn";
      s.employees = 800;
      s.contact = { ...s.contact, phone: "+84 912 345 678" };
    });
    const next = file((s) => {
      s.website = "https://lachong-mech.example.vn"; // the firm changed it too: conflict
      s.founded = 2018; // the firm left it alone: taken
      // employees: file still says what the last import said, the firm's 800 stands silently
      s.contact = { ...s.contact, phone: "+84 24 0000 0000" }; // conflict
    });
    const dry = await importDirectory(t, next, { dryRun: true });
    expect(dry.conflicts.map((c) => c.field)).toEqual(["website", "contact.phone"]);
    expect(await count(t, `SELECT count(*) FROM import_conflicts`)).toBe(0);

    const r = await importDirectory(t, next, { source: "list-2027.json" });
    expect(r.suppliers).toMatchObject({ updated: 1, unchanged: 2, rejected: 0 });
    expect(r.conflicts).toEqual([
      {
        ref: "S-00001",
        index: 0,
        field: "website",
        file: "https://lachong-mech.example.vn",
        portal: "https://lachong.vn",
      },
      {
        ref: "S-00001",
        index: 0,
        field: "contact.phone",
        file: "+84 24 0000 0000",
        portal: "+84 912 345 678",
      },
    ]);
    expect(formatReport(r)).toContain(
      `S-00001 website: file "https://lachong-mech.example.vn", portal "https://lachong.vn"`,
    );
    const now = await current("S-00001");
    expect(now.website).toBe("https://lachong.vn");
    expect(now.employees).toBe(800);
    expect(now.founded).toBe(2018);
    expect(now.contact?.phone).toBe("+84 912 345 678");
    expect(await count(t, `SELECT count(*) FROM import_conflicts WHERE status = 'open'`)).toBe(2);
  });

  it("the same file again changes nothing and raises no conflict twice", async () => {
    const next = file((s) => {
      s.website = "https://lachong-mech.example.vn";
      s.founded = 2018;
      s.contact = { ...s.contact, phone: "+84 24 0000 0000" };
    });
    const before = await snapshot(t);
    const r = await importDirectory(t, next);
    expect(r.suppliers).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(r.conflicts).toEqual([]);
    expect(await snapshot(t)).toEqual(before);
    expect(await count(t, `SELECT count(*) FROM import_conflicts WHERE status = 'open'`)).toBe(2);
  });

  it("an export read back is all unchanged", async () => {
    const out = await exportDirectory(t.db);
    const before = await snapshot(t);
    const r = await importDirectory(t, out);
    expect(r.suppliers).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(r.conflicts).toEqual([]);
    expect(await snapshot(t)).toEqual(before);
  });

  it("a firm nobody edited is simply updated", async () => {
    const changed = file();
    changed.suppliers = [changed.suppliers[1]!];
    changed.suppliers[0]!.website = "https://s2.example.vn";
    const r = await importDirectory(t, changed);
    expect(r.suppliers).toMatchObject({ updated: 1, rejected: 0 });
    expect(r.conflicts).toEqual([]);
    expect((await current("S-00002")).website).toBe("https://s2.example.vn");
  });

  it("`cli conflicts` lists them and refuses to settle one that is not open", () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", "conflicts", ...args], {
        cwd: path.resolve(import.meta.dirname, "../../.."),
        env: { ...process.env, ...dbEnv(t.file) },
        encoding: "utf8",
        timeout: 300_000,
      });
    const list = cli();
    expect(list.status).toBe(0);
    expect(list.stdout).toContain("2 open import conflict(s):");
    expect(list.stdout).toMatch(
      /#\d+ S-00001 website: file "https:\/\/lachong-mech\.example\.vn" \| portal "https:\/\/lachong\.vn" \(list-2027\.json\)/,
    );
    const bad = cli("--resolve", "999", "--take", "import");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("No open conflict 999.");
    expect(cli("--resolve", "1", "--take", "both").status).toBe(2);
  }, 900_000);

  it("an organiser settles each conflict: the file's value, or the firm's", async () => {
    const { items, total } = await listConflicts(t);
    expect(total).toBe(2);
    const web = items.find((i) => i.field === "website")!;
    const phone = items.find((i) => i.field === "contact.phone")!;
    expect(web).toMatchObject({
      ref: "S-00001",
      file: "https://lachong-mech.example.vn",
      portal: "https://lachong.vn",
      source: "list-2027.json",
    });

    expect(await resolveConflict("cli", web.id, "import", t)).toEqual({ ok: true, ref: "S-00001" });
    expect(await resolveConflict("cli", phone.id, "portal", t)).toEqual({ ok: true, ref: "S-00001" });
    expect(await resolveConflict("cli", phone.id, "import", t)).toEqual({ ok: false, error: "notFound" });
    const now = await current("S-00001");
    expect(now.website).toBe("https://lachong-mech.example.vn");
    expect(now.contact?.phone).toBe("+84 912 345 678");
    expect((await listConflicts(t)).total).toBe(0);
    expect(await count(t, `SELECT count(*) FROM audit_log WHERE action LIKE 'import.conflict.%'`)).toBe(2);
    expect(await count(t, `SELECT count(*) FROM search_outbox WHERE ref = 'S-00001'`)).toBeGreaterThan(0);
  });

  it("a firm with accounts and no earlier import to compare with keeps every filled field that differs", async () => {
    // Forget the snapshot, as for a firm imported before snapshots were kept.
    await exec(
      t,
      `DELETE FROM import_snapshots WHERE org_id = (SELECT id FROM organisations WHERE ref = 'S-00001')`,
    );
    const r = await importDirectory(t, file(), { dryRun: true });
    expect(r.conflicts.map((c) => c.field).sort()).toEqual([
      "contact.phone",
      "employees",
      "founded",
      "website",
    ]);
  });
});
