import type { SupplierDoc } from "../../../search/engine";

/** A search document with nothing but its ref, and what the test sets. */
export function supplierDoc(ref: string, o: Partial<SupplierDoc> = {}): SupplierDoc {
  return {
    ref,
    name: {},
    description: {},
    processes: [],
    materials: [],
    products: [],
    concepts: [],
    certifications: [],
    sector: null,
    industrialZone: null,
    commune: null,
    verified: false,
    employees: null,
    exportMarkets: [],
    ...o,
  };
}
