// Accounts, memberships, API tokens, contact views and firm recognitions: the door from the
// account and admin routes to their queries (routes never import db/; docs/decisions/250-layers.md).
export { emailVerifiedAt, listContactViews } from "../../db/queries/contact-access";
export {
  getMembership,
  getOrgSummary,
  listMembers,
  listOpenInvites,
  revokeInvite,
} from "../../db/queries/memberships";
export {
  deleteRecognition,
  getFirmByRef,
  insertRecognition,
  listFirms,
  listRecognitions,
  setVerified,
} from "../../db/queries/recognitions";
export { linkToCityRef, refTaken } from "../../db/queries/ref-link";
export { listApiTokens, revokeApiToken } from "../../db/queries/tokens";
export { listUsers, setUserLocale, setUserStatus } from "../../db/queries/users";
