import type { Db } from "../../../db/connection";
import { loadBuyers, loadSuppliers } from "../../../db/queries/organisations";
import { loadRequests } from "../../../db/queries/requests";
import { canonicalBuyer, canonicalRequest, canonicalSupplier } from "../../modules/directory/canonical";
import { FORMAT } from "../../modules/directory/schema";
import type { DirectoryFile } from "../../modules/directory/types";

/**
 * The whole directory as cnht-directory/1, every list in ref order and every record in its
 * canonical key order, so the same database always gives the same bytes (formatDirectory) and
 * importing an export changes nothing. Read in one transaction: a consistent snapshot even
 * while an import runs in another process.
 */
export async function exportDirectory(db: Db): Promise<DirectoryFile> {
  return db.transaction().execute(async (trx) => {
    const suppliers = await loadSuppliers(trx, {}, { withContact: true });
    const buyers = await loadBuyers(trx, {}, { withContact: true });
    const requests = await loadRequests(trx);
    return {
      format: FORMAT,
      suppliers: suppliers.map(canonicalSupplier),
      buyers: buyers.map(canonicalBuyer),
      requests: requests.map(canonicalRequest),
    };
  });
}
