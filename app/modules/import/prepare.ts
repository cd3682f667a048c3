import { createHash } from "node:crypto";
import { certificationId, mapTermOwn, sectorOf } from "../taxonomy/index";
import { canonicalBuyer, canonicalRequest, canonicalSupplier } from "../directory/canonical";
import type { Lang } from "../directory/schema";
import type {
  DirectoryBuyer,
  DirectoryCertification,
  DirectoryRequest,
  DirectorySupplier,
  RequestTermKind,
  TermKind,
} from "../directory/types";
import { detectLang } from "./lang";

// Turns a validated record into exactly the rows the database will hold: canonical record,
// capability terms with language and taxonomy concept, certifications with their concept, the
// supplier's sector, and a content hash over all of it. The hash covers the mapping too, so a
// better taxonomy turns an otherwise identical record into an update and its concepts get
// refreshed; an identical record under the same taxonomy is "unchanged" and costs no write.

export interface PreparedTerm {
  kind: TermKind;
  text: string;
  lang: Lang | null;
  conceptId: string | null;
}

export interface PreparedCertification extends DirectoryCertification {
  conceptId: string | null;
}

export interface PreparedSupplier {
  record: DirectorySupplier;
  terms: PreparedTerm[];
  certifications: PreparedCertification[];
  sector: string | null;
  hash: string;
}

export interface PreparedBuyer {
  record: DirectoryBuyer;
  hash: string;
}

export interface PreparedRequest {
  record: DirectoryRequest;
  terms: { kind: RequestTermKind; text: string; conceptId: string | null }[];
  hash: string;
}

// Bump when what the hash covers changes meaning, so every record is rewritten once.
const HASH_VERSION = "1";

function hashOf(value: unknown): string {
  return createHash("sha256").update(HASH_VERSION).update(JSON.stringify(value)).digest("base64url");
}

/**
 * Taxonomy look-ups remembered for one import: a directory repeats the same few hundred terms
 * thousands of times.
 */
export class TermMapper {
  private terms = new Map<string, string | null>();
  private langs = new Map<string, Lang | null>();

  concept(text: string, kind: TermKind | "certification"): string | null {
    const key = `${kind}\u0000${text}`;
    let id = this.terms.get(key);
    if (id === undefined) {
      // The term's own reading, not one learned from the directory (taxonomy/learned.ts): the
      // record's hash must not change with what other firms write; the taxonomy service maps
      // learned terms after the import (docs/decisions/610-learned-readings.md).
      id = kind === "certification" ? certificationId(text) : (mapTermOwn(text, kind)?.id ?? null);
      this.terms.set(key, id);
    }
    return id;
  }

  lang(text: string): Lang | null {
    let l = this.langs.get(text);
    if (l === undefined) {
      l = detectLang(text);
      this.langs.set(text, l);
    }
    return l;
  }
}

export function prepareSupplier(s: DirectorySupplier, m: TermMapper = new TermMapper()): PreparedSupplier {
  const record = canonicalSupplier(s);
  const caps = record.capabilities!;
  const terms: PreparedTerm[] = [
    ...caps.processes!.map((text) => ({ kind: "process" as const, text })),
    ...caps.materials!.map((text) => ({ kind: "material" as const, text })),
    ...caps.products!.map((text) => ({ kind: "product" as const, text })),
  ].map((t) => ({ ...t, lang: m.lang(t.text), conceptId: m.concept(t.text, t.kind) }));
  const certifications = record.certifications!.map((c) => ({
    ...c,
    conceptId: m.concept(c.standard, "certification"),
  }));
  const sector = sectorOf(terms.filter((t) => t.kind !== "material" && t.conceptId).map((t) => t.conceptId!));
  const hash = hashOf([
    record,
    terms.map((t) => [t.lang, t.conceptId]),
    certifications.map((c) => c.conceptId),
    sector,
  ]);
  return { record, terms, certifications, sector, hash };
}

export function prepareBuyer(b: DirectoryBuyer): PreparedBuyer {
  const record = canonicalBuyer(b);
  return { record, hash: hashOf(record) };
}

export function prepareRequest(r: DirectoryRequest, m: TermMapper = new TermMapper()): PreparedRequest {
  const record = canonicalRequest(r);
  const terms = [
    ...record.processes!.map((text) => ({ kind: "process" as const, text })),
    ...record.materials!.map((text) => ({ kind: "material" as const, text })),
    ...record.products!.map((text) => ({ kind: "product" as const, text })),
    ...record.requiredCertifications!.map((text) => ({ kind: "certification" as const, text })),
  ].map((t) => ({ ...t, conceptId: m.concept(t.text, t.kind) }));
  return { record, terms, hash: hashOf([record, terms.map((t) => t.conceptId)]) };
}
