import type SQLite from "better-sqlite3";
import type { Db } from "../../../db/connection";
import { DirectoryImportStatements, type OrgRef } from "../../../db/queries/directory-import";
import { withStatements, type Statements } from "../../../db/statements";
import { isConstraintError } from "../../../db/queries/events-tx";
import { prepareBuyer, prepareRequest, prepareSupplier, TermMapper } from "../../modules/import/prepare";
import { emptyCounts, type ImportReport } from "../../modules/import/report";
import { englishOf, importMessage, type ImportMessage } from "../../modules/import/messages";

import {
  cleanDirectory,
  parseDirectoryJson,
  validateDirectory,
  type Problem,
  type Rejection,
  type Section,
} from "../../modules/import/validate";
import type { DirectoryBuyer, DirectoryRequest, DirectorySupplier } from "../../modules/directory/types";
import { canonicalBuyer, canonicalRequest, canonicalSupplier } from "../../modules/directory/canonical";
import { loadBuyers, loadSuppliers } from "../../../db/queries/organisations";
import { loadRequests } from "../../../db/queries/requests";
import { mergeSupplier } from "../../modules/import/provenance";
import { refreshLearnedReadings } from "../taxonomy.server";

// Import of a cnht-directory/1 document (CONTRACT.md §1, §3; docs/decisions/030-directory-import.md).
//
// Every record is validated first; accepted records are written in transactions of `batchSize`
// records, each record inside its own savepoint, so a record is either wholly written or not at
// all, a crash loses only the batch in flight, and a record the database still refuses (a tax
// code another firm already holds) is rejected alone. An identical record (same content hash) is
// not written at all, so a second run of the same file writes nothing, not even outbox rows.

export interface ImportOptions {
  /** Delete suppliers, buyers and requests absent from the file (only when nothing is rejected). */
  replace?: boolean;
  /** Do everything, report it, and roll it all back (the admin upload's preview). */
  dryRun?: boolean;
  /** Called after each batch with records processed so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Who is importing, for the audit log: 'cli', 'user:ID', 'token:ID'. */
  actor?: string;
  /** Where the data came from (file name), recorded in the audit log. */
  source?: string;
  batchSize?: number;
}

export interface ImportTarget {
  db: Db;
  sqlite: SQLite.Database;
}

type Task =
  | { section: "suppliers"; index: number; record: DirectorySupplier }
  | { section: "buyers"; index: number; record: DirectoryBuyer }
  | { section: "requests"; index: number; record: DirectoryRequest };

/** A record --replace kept: the reason as a code (the page's language) and in English (CLI, logs). */
const keptBecause = (section: Section, ref: string, message: ImportMessage) => ({
  section,
  ref,
  reason: englishOf(message),
  message,
});

const ENTITY: Record<Section, string> = { suppliers: "supplier", buyers: "buyer", requests: "request" };

/** Turns a constraint the database still enforces into the record's rejection reason. */
function constraintProblem(e: unknown): Problem | null {
  if (!isConstraintError(e)) return null;
  const msg = (e as Error).message;
  // SQLite names the column in its message; PostgreSQL in the error's detail ("Key (tax_code)=…").
  const detail = String((e as { detail?: unknown }).detail ?? "");
  if (/UNIQUE constraint failed: organisations\.tax_code/.test(msg) || /^Key \(tax_code\)/.test(detail))
    return { field: "taxCode", reason: "already registered to another organisation in the directory" };
  return { field: "record", reason: `refused by the database (${msg})` };
}

function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function importDirectory(
  target: ImportTarget,
  data: unknown,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  // Cleaned before anything reads it: the portal guard and the firm's-edits check compare the
  // same text that would be stored.
  const raw = cleanDirectory(typeof data === "string" ? parseDirectoryJson(data) : data);
  const batchSize = opts.batchSize ?? 500;
  const actor = opts.actor ?? "cli";
  const details = opts.source ? { source: opts.source } : null;
  const guard = await portalGuard(target, raw);
  const edited = await firmEdits(target, raw, guard.ids);

  // Holding Kysely's connection keeps this process's other queries — a web request in the
  // admin upload's case — from interleaving with the transactions below (db/statements.ts).
  const report = await withStatements(target, async (sx) => {
    const st = new DirectoryImportStatements(sx);
    const orgs = await st.orgRefs();
    const requests = await st.requestRefs();
    const valid = validateDirectory(raw, {
      organisations: new Map([...orgs].map(([ref, o]) => [ref, o.kind])),
      requests: new Set(requests.keys()),
    });

    const report: ImportReport = {
      dryRun: !!opts.dryRun,
      replace: !!opts.replace,
      suppliers: emptyCounts(),
      buyers: emptyCounts(),
      requests: emptyCounts(),
      rejections: [...valid.rejections],
      kept: [],
      replaceSkipped: null,
      durationMs: 0,
      conflicts: [],
    };
    const reject = (r: Rejection) => report.rejections.push(r);
    const mapper = new TermMapper();

    const tasks: Task[] = [
      ...valid.suppliers.map((a) => ({ section: "suppliers" as const, ...a })),
      ...valid.buyers.map((a) => ({ section: "buyers" as const, ...a })),
      ...valid.requests.map((a) => ({ section: "requests" as const, ...a })),
    ];

    // One record in its own savepoint: all its rows or none of them.
    const writeOne = (t: Task, prepared: ReturnType<typeof prepareAny>) =>
      sx.tx(async () => {
        // Every section writes its row, then records whether the import created or updated it.
        const written = async (prev: { id: number } | undefined, id: number) => {
          await st.audit(
            actor,
            prev ? "directory.import.update" : "directory.import.create",
            ENTITY[t.section],
            t.record.ref,
            details,
          );
          return { id, created: !prev };
        };
        if (t.section === "suppliers") {
          const prev = orgs.get(t.record.ref);
          const p = prepared as ReturnType<typeof prepareSupplier>;
          const id = await st.writeSupplier(prev?.id, p);
          await st.saveSnapshot(id, p.hash, p.record, opts.source ?? null);
          await st.outbox(t.record.ref, "upsert");
          return written(prev, id);
        }
        if (t.section === "buyers") {
          const prev = orgs.get(t.record.ref);
          return written(prev, await st.writeBuyer(prev?.id, prepared as ReturnType<typeof prepareBuyer>));
        }
        const prev = requests.get(t.record.ref);
        const buyer = orgs.get(t.record.buyer)!;
        return written(
          prev,
          await st.writeRequest(prev?.id, buyer.id, prepared as ReturnType<typeof prepareRequest>),
        );
      });

    // A firm that changed fields on the portal since its last import: the file's record merged
    // into the firm's, the firm's changes kept, disagreements recorded (ADR 180).
    const writeMerged = (
      t: Extract<Task, { section: "suppliers" }>,
      id: number,
      file: ReturnType<typeof prepareSupplier>,
      merged: ReturnType<typeof prepareSupplier> | null,
      conflicts: ReturnType<typeof mergeSupplier>["conflicts"],
    ) =>
      sx.tx(async () => {
        if (merged) {
          await st.writeSupplier(id, merged);
          await st.outbox(t.record.ref, "upsert");
        }
        await st.saveSnapshot(id, file.hash, file.record, opts.source ?? null);
        for (const c of conflicts)
          await st.conflict(id, c.field, c.file, c.portal, opts.source ?? null, actor);
        await st.audit(actor, "directory.import.update", "supplier", t.record.ref, {
          ...details,
          keptFromPortal: conflicts.map((c) => c.field),
        });
      });

    const runBatch = (batch: Task[]) =>
      sx.tx(async () => {
        for (const t of batch) {
          const counts = report[t.section];
          const prepared = prepareAny(t, mapper);
          let prev: { hash: string | null } | undefined;
          if (t.section === "requests") {
            const buyer = orgs.get(t.record.buyer);
            if (!buyer || buyer.kind !== "buyer") {
              // Its buyer was accepted by validation but then refused by the database.
              counts.rejected++;
              reject({
                section: t.section,
                index: t.index,
                ref: t.record.ref,
                problems: [{ field: "buyer", reason: `buyer ${t.record.buyer} could not be imported` }],
              });
              continue;
            }
            prev = requests.get(t.record.ref);
          } else prev = orgs.get(t.record.ref);
          const guarded = guard.problem(t, prev as { buyerOrgId?: number } | undefined);
          if (guarded) {
            // A portal firm's own record: read back unchanged it is fine, any change is refused.
            if (
              guard.current.get(`${t.section}:${t.record.ref}`) === prepared.hash ||
              prev?.hash === prepared.hash
            )
              counts.unchanged++;
            else {
              counts.rejected++;
              reject({ section: t.section, index: t.index, ref: t.record.ref, problems: [guarded] });
            }
            continue;
          }
          if (prev && prev.hash === prepared.hash) {
            counts.unchanged++;
            continue;
          }
          const firm = t.section === "suppliers" ? edited.get(t.record.ref) : undefined;
          if (firm && prev && t.section === "suppliers") {
            const file = prepared as ReturnType<typeof prepareSupplier>;
            const { record, conflicts } = mergeSupplier(firm.base, firm.current, file.record);
            const merged = prepareSupplier(record, mapper);
            const changed = merged.hash !== prev.hash;
            report.conflicts.push(...conflicts.map((c) => ({ ...c, ref: t.record.ref, index: t.index })));
            if (!changed && !conflicts.length) {
              counts.unchanged++;
              continue;
            }
            const id = orgs.get(t.record.ref)!.id;
            await writeMerged(t, id, file, changed ? merged : null, conflicts);
            if (changed) counts.updated++;
            else counts.unchanged++;
            orgs.set(t.record.ref, { id, kind: "supplier", hash: merged.hash });
            continue;
          }
          try {
            const { id, created } = await writeOne(t, prepared);
            if (created) counts.created++;
            else counts.updated++;
            if (t.section === "requests") {
              requests.set(t.record.ref, {
                id,
                hash: prepared.hash,
                buyerOrgId: orgs.get(t.record.buyer)!.id,
              });
            } else {
              const kind: OrgRef["kind"] = t.section === "suppliers" ? "supplier" : "buyer";
              orgs.set(t.record.ref, { id, kind, hash: prepared.hash });
            }
          } catch (e) {
            const problem = constraintProblem(e);
            if (!problem) throw e;
            counts.rejected++;
            reject({ section: t.section, index: t.index, ref: t.record.ref, problems: [problem] });
          }
        }
      });

    for (const r of valid.rejections) report[r.section].rejected++;
    // A preview runs inside one transaction rolled back at the end; each batch is then a savepoint.
    const whole = <T>(fn: () => Promise<T>) => (opts.dryRun ? sx.tx(fn, { rollback: true }) : fn());
    await whole(async () => {
      for (let i = 0; i < tasks.length; i += batchSize) {
        const batch = tasks.slice(i, i + batchSize);
        await runBatch(batch);
        opts.onProgress?.(Math.min(i + batchSize, tasks.length), tasks.length);
        await nextTick();
      }
      if (opts.replace) {
        if (report.rejections.length) {
          report.replaceSkippedMessage = importMessage("replace.rejected", {
            n: String(report.rejections.length),
          });
          report.replaceSkipped = englishOf(report.replaceSkippedMessage);
        } else
          await deleteAbsent(sx, st, {
            orgs,
            requests,
            valid,
            report,
            actor,
            details,
            batchSize,
            dryRun: !!opts.dryRun,
            guardedIds: guard.ids,
          });
      }
    });
    report.rejections.sort(
      (a, b) =>
        ["suppliers", "buyers", "requests"].indexOf(a.section) -
          ["suppliers", "buyers", "requests"].indexOf(b.section) || a.index - b.index,
    );
    return report;
  });
  // What the directory now says beside its unmapped terms (docs/decisions/610-learned-readings.md).
  if (!opts.dryRun) await refreshLearnedReadings(target.db);
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

/**
 * Firms registered on the portal and run by their own accounts (origin 'portal', not linked to a
 * city ref by an organiser): an import must never turn one into another firm, nor move or add
 * requests of such a buyer (docs/decisions/090-ref-namespaces.md). Their current records are
 * hashed as an export would write them, so an export read back counts as unchanged even when the
 * stored hash predates it (a firm registered and never edited has none).
 */
async function portalGuard(target: ImportTarget, raw: unknown) {
  const [refs, existingRequests] = await withStatements(target, async (sx) => {
    const st = new DirectoryImportStatements(sx);
    return [await st.protectedOrgs(), await st.requestRefs()] as const;
  });
  const ids = new Set(refs.values());
  const current = new Map<string, string>();
  const list = (k: string): unknown[] => {
    const v = raw && typeof raw === "object" ? (raw as Record<string, unknown>)[k] : undefined;
    return Array.isArray(v) ? v : [];
  };
  const field = (x: unknown, k: string): string | null => {
    const v = x && typeof x === "object" ? (x as Record<string, unknown>)[k] : undefined;
    return typeof v === "string" ? v : null;
  };
  for (const x of list("suppliers")) {
    const ref = field(x, "ref");
    if (ref && refs.has(ref) && !current.has(`suppliers:${ref}`)) {
      const [v] = await loadSuppliers(target.db, { ref }, { withContact: true });
      if (v) current.set(`suppliers:${ref}`, prepareSupplier(canonicalSupplier(v)).hash);
    }
  }
  for (const x of list("buyers")) {
    const ref = field(x, "ref");
    if (ref && refs.has(ref) && !current.has(`buyers:${ref}`)) {
      const [v] = await loadBuyers(target.db, { ref }, { withContact: true });
      if (v) current.set(`buyers:${ref}`, prepareBuyer(canonicalBuyer(v)).hash);
    }
  }
  for (const x of list("requests")) {
    const ref = field(x, "ref");
    const held = ref ? existingRequests.get(ref) : undefined;
    if (ref && held && ids.has(held.buyerOrgId) && !current.has(`requests:${ref}`)) {
      const [v] = await loadRequests(target.db, { ref });
      if (v) current.set(`requests:${ref}`, prepareRequest(canonicalRequest(v)).hash);
    }
  }
  const link = (ref: string) => `an organiser can link it to the city's ref on /admin/firms/${ref}`;
  return {
    ids,
    current,
    /** Why the import may not write this record, or null. */
    problem(t: Task, prev: { buyerOrgId?: number } | undefined): Problem | null {
      if (t.section !== "requests") {
        if (!refs.has(t.record.ref)) return null;
        return {
          field: "ref",
          reason: `${t.record.ref} was registered on the portal and is run by its own accounts; an import cannot change it (${link(t.record.ref)})`,
        };
      }
      if (prev?.buyerOrgId !== undefined && ids.has(prev.buyerOrgId))
        return {
          field: "ref",
          reason: `${t.record.ref} is a request of a buyer registered on the portal; an import cannot change it`,
        };
      if (refs.has(t.record.buyer))
        return {
          field: "buyer",
          reason: `${t.record.buyer} was registered on the portal and is run by its own accounts; an import cannot add requests to it (${link(t.record.buyer)})`,
        };
      return null;
    },
  };
}

/**
 * The suppliers of the file that changed on the portal since their last import, with their
 * current record and that import's (null when none was kept). A firm nobody edited is absent
 * and simply overwritten.
 */
async function firmEdits(target: ImportTarget, raw: unknown, guarded: ReadonlySet<number>) {
  const orgs = await withStatements(target, (sx) => new DirectoryImportStatements(sx).orgRefs());
  const out = new Map<string, { base: DirectorySupplier | null; current: DirectorySupplier }>();
  const list = raw && typeof raw === "object" ? (raw as Record<string, unknown>).suppliers : undefined;
  for (const x of Array.isArray(list) ? list : []) {
    const ref = x && typeof x === "object" ? (x as Record<string, unknown>).ref : undefined;
    const org = typeof ref === "string" ? orgs.get(ref) : undefined;
    if (!org || org.kind !== "supplier" || guarded.has(org.id) || out.has(ref as string)) continue;
    // No snapshot: a firm a portal registration brought and an organiser linked to this ref takes
    // the list as it is (ADR 090); one imported before snapshots were kept and run by accounts
    // since may have been edited, so its filled fields count as the firm's.
    const [snap, withAccounts] = await withStatements(target, async (sx) => {
      const st = new DirectoryImportStatements(sx);
      const s = await st.snapshot(org.id);
      return [s, s ? false : await st.importedWithAccounts(org.id)] as const;
    });
    if (snap ? snap.hash === org.hash : !withAccounts) continue;
    const [v] = await loadSuppliers(target.db, { ref: ref as string }, { withContact: true });
    if (!v) continue;
    out.set(ref as string, {
      base: snap ? (JSON.parse(snap.record) as DirectorySupplier) : null,
      current: canonicalSupplier(v),
    });
  }
  return out;
}

function prepareAny(t: Task, m: TermMapper) {
  if (t.section === "suppliers") return prepareSupplier(t.record, m);
  if (t.section === "buyers") return prepareBuyer(t.record);
  return prepareRequest(t.record, m);
}

/**
 * --replace: the file is the whole directory, so requests, suppliers and buyers it does not name
 * go, in that order (a request must go before its buyer). Kept instead, and reported: a buyer
 * whose requests the file still names, and a firm that has portal accounts or that other records
 * (events, meetings) still refer to — those are the organisers' to suspend, not an import's to erase.
 */
async function deleteAbsent(
  sx: Statements,
  st: DirectoryImportStatements,
  ctx: {
    orgs: Map<string, OrgRef>;
    requests: Map<string, { id: number; buyerOrgId: number }>;
    valid: ReturnType<typeof validateDirectory>;
    report: ImportReport;
    actor: string;
    details: unknown;
    batchSize: number;
    dryRun: boolean;
    guardedIds: ReadonlySet<number>;
  },
): Promise<void> {
  const inFile = new Set(
    [...ctx.valid.suppliers, ...ctx.valid.buyers, ...ctx.valid.requests].map((a) => a.record.ref),
  );
  const members = async (orgId: number) =>
    (await sx.get<{ n: number }>(`SELECT count(*) AS n FROM memberships WHERE org_id = ?`, [orgId]))!.n;
  type Del = { section: Section; ref: string; id: number };
  const dels: Del[] = [
    ...[...ctx.requests]
      .filter(([ref, r]) => {
        if (inFile.has(ref)) return false;
        // A request a portal buyer posted is theirs, not the city list's to remove.
        if (ctx.guardedIds.has(r.buyerOrgId))
          ctx.report.kept.push(keptBecause("requests", ref, importMessage("replace.portalRequest")));
        return !ctx.guardedIds.has(r.buyerOrgId);
      })
      .map(([ref, r]) => ({ section: "requests" as const, ref, id: r.id })),
    ...[...ctx.orgs]
      .filter(([ref, o]) => o.kind === "supplier" && !inFile.has(ref))
      .map(([ref, o]) => ({ section: "suppliers" as const, ref, id: o.id })),
    ...[...ctx.orgs]
      .filter(([ref, o]) => o.kind === "buyer" && !inFile.has(ref))
      .map(([ref, o]) => ({ section: "buyers" as const, ref, id: o.id })),
  ];

  const deleteOne = (d: Del) =>
    sx.tx(async () => {
      if (d.section === "requests") await st.deleteRequest(d.id);
      else {
        await st.deleteOrg(d.id);
        if (d.section === "suppliers") await st.outbox(d.ref, "delete");
      }
      await st.audit(ctx.actor, "directory.import.delete", ENTITY[d.section], d.ref, ctx.details);
    });
  const runBatch = (batch: Del[]) =>
    sx.tx(async () => {
      for (const d of batch) {
        if (d.section === "buyers") {
          const still = await st.requestsOfBuyer(d.id);
          if (still.length) {
            ctx.report.kept.push(
              keptBecause(
                d.section,
                d.ref,
                importMessage("replace.stillRequests", { refs: still.join(", ") }),
              ),
            );
            continue;
          }
        }
        if (d.section !== "requests") {
          const n = await members(d.id);
          if (n > 0) {
            ctx.report.kept.push(
              keptBecause(d.section, d.ref, importMessage("replace.members", { n: String(n) })),
            );
            continue;
          }
        }
        try {
          await deleteOne(d);
          ctx.report[d.section].deleted++;
        } catch (e) {
          if (!isConstraintError(e)) throw e;
          ctx.report.kept.push(keptBecause(d.section, d.ref, importMessage("replace.referenced")));
        }
      }
    });
  for (let i = 0; i < dels.length; i += ctx.batchSize) {
    const batch = dels.slice(i, i + ctx.batchSize);
    await runBatch(batch);
    await nextTick();
  }
}
