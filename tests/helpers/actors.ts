import type { Actor } from "../../app/modules/auth/permissions";

/** An organiser signed in on the portal, as a service receives it (user 1 unless told). */
export function organiserActor(userId = 1): Actor {
  return {
    kind: "user",
    userId,
    tokenId: null,
    name: "Org",
    email: "org@example.com",
    role: "organiser",
    orgId: null,
    orgRef: null,
  } as Actor;
}
