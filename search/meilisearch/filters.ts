// SearchParams filters -> Meilisearch filter expressions. Values are always quoted strings with
// quotes and backslashes escaped, so a zone name or an id can never change the expression.
import type { SearchParams } from "../engine";
import { zoneKey } from "../settings";
import { certField, dateNumber } from "./documents";

export function quote(v: string): string {
  return `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const anyOf = (field: string, values: string[]) => `${field} IN [${values.map(quote).join(", ")}]`;

/** "Holds one of these certificates, valid on asOf." */
export function validCertFilter(ids: string[], asOf: string): string {
  const day = dateNumber(asOf);
  return `(${ids.map((id) => `${certField(id)} >= ${day}`).join(" OR ")})`;
}

export function filterExpressions(filters: SearchParams["filters"], asOf: string): string[] {
  const out: string[] = [];
  if (!filters) return out;
  if (filters.process?.length) out.push(anyOf("concepts", filters.process));
  if (filters.material?.length) out.push(anyOf("concepts", filters.material));
  if (filters.certification?.length) out.push(validCertFilter(filters.certification, asOf));
  if (filters.sector?.length) out.push(anyOf("sector", filters.sector));
  if (filters.zone?.length) out.push(anyOf("zoneKey", filters.zone.map(zoneKey)));
  if (filters.verified !== undefined) out.push(`verified = ${filters.verified ? "true" : "false"}`);
  if (filters.employees?.length) out.push(anyOf("employeesBand", filters.employees));
  return out;
}
