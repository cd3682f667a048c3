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
  locale: "vi" | "en" | "ja";
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

const BASE = "http://portal.invalid";
// Controls (C0, DEL, C1) and backslashes: browsers drop or reinterpret them in a Location.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHAR = /[\u0000-\u001f\u007f-\u009f\\]/;
const unsafe = (s: string) => UNSAFE_CHAR.test(s) || /^\/[/\\]/.test(s);

/**
 * A path of this site to redirect to (after login, a language switch …); anything else goes to
 * `fallback`. Browsers drop tabs and newlines from a Location and read `\\` as `/`, so
 * `/\t/evil`, `/\\evil` and `//evil` all leave the site: any control character or
 * backslash — in the value or in its percent-decoded forms — is refused, and what remains must
 * resolve to this origin. The one function every redirect target goes through.
 */
export function safeRedirect(to: unknown, fallback = "/my"): string {
  if (typeof to !== "string" || to.length > 2000 || !to.startsWith("/")) return fallback;
  let decoded = to;
  for (let i = 0; i < 3; i++) {
    if (unsafe(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (unsafe(decoded)) return fallback;
  const url = new URL(to, BASE);
  if (url.origin !== BASE) return fallback;
  return url.pathname + url.search + url.hash;
}
