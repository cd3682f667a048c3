import { canonicalSupplier } from "../directory/canonical";
import type { DirectorySupplier } from "../directory/types";

// Field provenance of an imported supplier (docs/decisions/180-import-provenance.md). The last
// import's record (the snapshot) is the baseline: a field whose current value differs from it
// was changed on the portal after that import. A re-import takes the file's value only for
// fields the firm left alone; a field the firm changed and the file also changed differently is
// kept as the firm saved it and reported as a conflict for an organiser to settle.

/** The fields an import can set, as paths into a canonical record; the unit of provenance. */
export const SUPPLIER_FIELDS = [
  "name.vi",
  "name.en",
  "name.ja",
  "description.vi",
  "description.en",
  "description.ja",
  "taxCode",
  "website",
  "founded",
  "employees",
  "location.address",
  "location.commune",
  "location.industrialZone",
  "location.city",
  "capabilities.processes",
  "capabilities.materials",
  "capabilities.products",
  "certifications",
  "exportMarkets",
  "contact.name",
  "contact.email",
  "contact.phone",
] as const;
export type SupplierField = (typeof SUPPLIER_FIELDS)[number];

export function isSupplierField(f: string): f is SupplierField {
  return (SUPPLIER_FIELDS as readonly string[]).includes(f);
}

/** A field's value, null when absent (an empty list counts as absent). */
export function fieldValue(r: DirectorySupplier, field: SupplierField): unknown {
  let v: unknown = r;
  for (const k of field.split("."))
    v = v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
  if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return null;
  return v;
}

/** A copy of `r` with `field` set (null removes it), in canonical form. */
export function withField(r: DirectorySupplier, field: SupplierField, value: unknown): DirectorySupplier {
  const out = structuredClone(r) as unknown as Record<string, unknown>;
  const keys = field.split(".");
  let o = out;
  for (const k of keys.slice(0, -1)) {
    if (!o[k] || typeof o[k] !== "object") o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === null || value === undefined) {
    if (["processes", "materials", "products", "certifications", "exportMarkets"].includes(last))
      o[last] = [];
    else delete o[last];
  } else o[last] = structuredClone(value);
  return canonicalSupplier(out as unknown as DirectorySupplier);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields whose current value is not the last import's: changed on the portal since. */
export function editedFields(
  snapshot: DirectorySupplier | null,
  current: DirectorySupplier,
): SupplierField[] {
  return SUPPLIER_FIELDS.filter((f) =>
    snapshot ? !same(fieldValue(snapshot, f), fieldValue(current, f)) : fieldValue(current, f) !== null,
  );
}

export interface FieldConflict {
  field: SupplierField;
  file: unknown;
  portal: unknown;
}

/**
 * Merges an imported record into the firm's current one. `base` is the last import's record, or
 * null when there is none to compare with (a firm registered on the portal, or imported before
 * snapshots were kept): then every filled field that differs from the file counts as the firm's.
 */
export function mergeSupplier(
  base: DirectorySupplier | null,
  current: DirectorySupplier,
  file: DirectorySupplier,
): { record: DirectorySupplier; conflicts: FieldConflict[] } {
  let record = canonicalSupplier(current);
  const conflicts: FieldConflict[] = [];
  for (const f of SUPPLIER_FIELDS) {
    const c = fieldValue(current, f);
    const n = fieldValue(file, f);
    if (same(c, n)) continue;
    const b = base ? fieldValue(base, f) : null;
    const firmChanged = base ? !same(c, b) : c !== null;
    if (!firmChanged) record = withField(record, f, n);
    else if (!base || !same(n, b)) conflicts.push({ field: f, file: n, portal: c });
    // else: the file still says what the last import said; the firm's newer value stands.
  }
  return { record, conflicts };
}

/** A field's value as one line of text for the organisers' list and the CLI. */
export function formatFieldValue(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (Array.isArray(v))
    return v
      .map((x) =>
        x && typeof x === "object"
          ? [(x as { standard?: string }).standard, (x as { validUntil?: string }).validUntil]
              .filter(Boolean)
              .join(" ")
          : String(x),
      )
      .join("; ");
  return String(v);
}
