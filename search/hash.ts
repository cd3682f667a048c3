import crypto from "node:crypto";
import type { SupplierDoc } from "./engine";

/** Content hash of a search document: `cli search-check` compares it with the database's. */
export function docHash(doc: SupplierDoc): string {
  return crypto.createHash("sha1").update(JSON.stringify(doc)).digest("base64url");
}
