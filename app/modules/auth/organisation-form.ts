import { z } from "zod";
import { countryCode, orgName, taxCode } from "./schemas";

// The forms of /my/organisation, shared by the browser (conform) and the server: registering a
// firm (supplier or buyer) and, for its owner, managing invites and members.

export const supplierOrgSchema = z.object({
  intent: z.literal("supplier"),
  nameVi: orgName,
  nameEn: orgName.optional(),
  taxCode,
});
export const buyerOrgSchema = z.object({ intent: z.literal("buyer"), name: orgName, country: countryCode });
export const organisationSchema = z.discriminatedUnion("intent", [
  supplierOrgSchema,
  buyerOrgSchema,
  z.object({ intent: z.literal("invite") }),
  z.object({ intent: z.literal("revokeInvite"), inviteId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("remove"), memberId: z.coerce.number().int().positive() }),
]);
export type OrganisationForm = z.infer<typeof organisationSchema>;
