// Who may do what, in one place. Routes ask the guards in app/auth.server.ts, which use these.
export type Role = "supplier" | "buyer" | "organiser" | "admin";
export const ROLES: readonly Role[] = ["supplier", "buyer", "organiser", "admin"];
export type OrgKind = "supplier" | "buyer";

export interface Actor {
  kind: "user" | "token";
  userId: number | null;
  tokenId: number | null;
  name: string;
  email: string | null;
  role: Role;
  orgId: number | null;
  orgRef: string | null;
  locale: "vi" | "en";
  /** The session row a logged-in user acts through (for "this device" and rotation); tokens have none. */
  sessionId?: number | null;
}

export function isOrganiser(actor: Pick<Actor, "role"> | null | undefined): boolean {
  return actor?.role === "organiser" || actor?.role === "admin";
}

/** Admins can do everything an organiser can; the role list names the lowest roles allowed. */
export function hasRole(actor: Pick<Actor, "role">, roles: Role | readonly Role[]): boolean {
  const list: readonly Role[] = Array.isArray(roles) ? roles : [roles as Role];
  if (list.includes(actor.role)) return true;
  return actor.role === "admin" && list.includes("organiser");
}

/** Organisers see every organisation; everyone else only the one they act for. */
export function canActForOrg(actor: Pick<Actor, "role" | "orgId">, orgId: number): boolean {
  return isOrganiser(actor) || (actor.orgId !== null && actor.orgId === orgId);
}

/** The audit log's actor column: 'user:ID', 'token:ID' or 'cli'. */
export function auditActor(actor: Pick<Actor, "kind" | "userId" | "tokenId"> | "cli"): string {
  if (actor === "cli") return "cli";
  return actor.kind === "user" ? `user:${actor.userId}` : `token:${actor.tokenId}`;
}

/** Only staff roles may be granted to API tokens without an organisation. */
export function tokenRoleNeedsOrg(role: Role): boolean {
  return role === "supplier" || role === "buyer";
}

/** A same-site path to go back to after login; anything else (//evil, https://...) goes home. */
export function safeRedirect(to: unknown, fallback = "/my"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\"))
    return fallback;
  return to;
}
