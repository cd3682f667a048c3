import type {
  DirectoryBuyer,
  DirectoryCertification,
  DirectoryContact,
  DirectoryRequest,
  DirectorySupplier,
  DirectoryText,
} from "./types";

// The one written form of each record: keys in the JSON Schema's order, absent values left out,
// lists always present. Export writes it; import hashes it to tell changed records from
// unchanged ones. Applying it twice changes nothing, and what the database stores of a record
// is exactly what this keeps, so export → import → export is byte-identical.
//
// Each function picks the contract's keys only, so it also strips the portal's extra fields
// from a view (SupplierView, RequestView) before it leaves through the API.

type Opt<T> = T | null | undefined;

function put<T extends object, K extends string, V>(o: T, k: K, v: Opt<V>): void {
  if (v !== undefined && v !== null) (o as Record<string, unknown>)[k] = v;
}

/** The given fields that are set, in the given order; undefined when none is. */
function setFields<T extends object>(o: Opt<T>, keys: (keyof T & string)[]): T | undefined {
  if (!o) return undefined;
  const out = {} as T;
  for (const k of keys) put(out, k, o[k]);
  return Object.keys(out).length ? out : undefined;
}

export function canonicalText(t: Opt<DirectoryText>): DirectoryText | undefined {
  return setFields(t, ["vi", "en", "ja"]);
}

function canonicalContact(c: Opt<DirectoryContact>): DirectoryContact | undefined {
  return setFields(c, ["name", "email", "phone"]);
}

export function canonicalCertification(c: DirectoryCertification): DirectoryCertification {
  const out: DirectoryCertification = { standard: c.standard };
  put(out, "validUntil", c.validUntil);
  put(out, "certificateNo", c.certificateNo);
  put(out, "issuer", c.issuer);
  put(out, "scope", c.scope);
  return out;
}

export function canonicalSupplier(s: DirectorySupplier): DirectorySupplier {
  const out = { ref: s.ref, name: canonicalText(s.name)! } as DirectorySupplier;
  put(out, "taxCode", s.taxCode);
  put(out, "website", s.website);
  put(out, "founded", s.founded);
  put(out, "employees", s.employees);
  const l = s.location;
  if (l && (l.address != null || l.commune != null || l.industrialZone != null || l.city != null)) {
    // industrialZone stays as an explicit null: "not in an industrial zone" is information
    // (the city's list writes it that way).
    const loc: NonNullable<DirectorySupplier["location"]> = {};
    put(loc, "address", l.address);
    put(loc, "commune", l.commune);
    loc.industrialZone = l.industrialZone ?? null;
    put(loc, "city", l.city);
    out.location = loc;
  }
  put(out, "description", canonicalText(s.description));
  out.capabilities = {
    processes: [...(s.capabilities?.processes ?? [])],
    materials: [...(s.capabilities?.materials ?? [])],
    products: [...(s.capabilities?.products ?? [])],
  };
  out.certifications = (s.certifications ?? []).map(canonicalCertification);
  out.exportMarkets = [...(s.exportMarkets ?? [])];
  put(out, "contact", canonicalContact(s.contact));
  return out;
}

export function canonicalBuyer(b: DirectoryBuyer): DirectoryBuyer {
  const out = { ref: b.ref, name: canonicalText(b.name)! } as DirectoryBuyer;
  put(out, "country", b.country);
  put(out, "description", canonicalText(b.description));
  put(out, "contact", canonicalContact(b.contact));
  return out;
}

export function canonicalRequest(r: DirectoryRequest): DirectoryRequest {
  const out = { ref: r.ref, buyer: r.buyer, title: canonicalText(r.title)! } as DirectoryRequest;
  put(out, "description", canonicalText(r.description));
  out.processes = [...(r.processes ?? [])];
  out.materials = [...(r.materials ?? [])];
  out.products = [...(r.products ?? [])];
  out.requiredCertifications = [...(r.requiredCertifications ?? [])];
  put(out, "annualVolume", r.annualVolume);
  put(out, "targetDate", r.targetDate);
  return out;
}

/** The supplier exactly as cnht-directory/1 (API responses): the portal's extra fields removed. */
export const contractSupplier = canonicalSupplier;
export const contractBuyer = canonicalBuyer;
export const contractRequest = canonicalRequest;

/** The file's bytes: one-space indentation like the city's own export, keys in canonical order. */
export function formatDirectory(doc: {
  suppliers: DirectorySupplier[];
  buyers: DirectoryBuyer[];
  requests: DirectoryRequest[];
}): string {
  return (
    JSON.stringify(
      { format: "cnht-directory/1", suppliers: doc.suppliers, buyers: doc.buyers, requests: doc.requests },
      null,
      1,
    ) + "\n"
  );
}
