import { getActor, isOrganiser } from "~/auth.server";

/**
 * Contact details of firms are for logged-in buyers and organisers (issue 2, CONTRACT.md §2):
 * a supplier's sales contacts are not to be harvested by anonymous visitors or competitors.
 */
export async function maySeeContacts(request: Request): Promise<boolean> {
  const actor = await getActor(request);
  return actor !== null && (actor.role === "buyer" || isOrganiser(actor));
}

/** A request restricted to organisers is shown to them and to the buyer who posted it, only. */
export async function maySeeRestrictedRequest(request: Request, buyerOrgId: number): Promise<boolean> {
  const actor = await getActor(request);
  return isOrganiser(actor) || (actor !== null && actor.orgId === buyerOrgId);
}
