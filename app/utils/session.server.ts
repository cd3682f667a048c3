import {
  createCookie,
  createCookieSessionStorage,
  redirect,
  type Cookie,
  type SessionStorage,
} from "@remix-run/node";
import { getEnv } from "~/utils/env.server";
import { getDb } from "~/utils/services.server";
import {
  createSession,
  endSessionBySecret,
  rotateSession,
  type SessionMeta,
} from "~/services/auth/sessions.server";
import { SESSION_ABSOLUTE_MS } from "~/modules/auth/session-policy";
import { SESSION_PREFIX } from "~/modules/auth/tokens";

// Sessions are rows (ADR 021). The `__session` cookie carries only the session's random id,
// signed with SESSION_SECRET; the server decides on every request whether that id still opens
// a session (logout, idle and absolute timeouts, revocation, suspension, a new password).
// Toasts live in a separate signed cookie, `__toast`, so that anonymous visitors get them
// without a session row.
export const SESSION_MAX_AGE = SESSION_ABSOLUTE_MS / 1000;

export type ToastKind = "success" | "error" | "info" | "warning";
export interface Toast {
  kind: ToastKind;
  message: string;
}

interface FlashData {
  toast: Toast;
}

const KEY = "__cnhtSessionCookies";
type Jar = {
  session: { plain: Cookie; secure: Cookie };
  toast: { plain: SessionStorage<object, FlashData>; secure: SessionStorage<object, FlashData> };
};

function jar(): Jar {
  const g = globalThis as unknown as Record<string, Jar | undefined>;
  if (g[KEY]) return g[KEY];
  const base = { httpOnly: true, sameSite: "lax" as const, path: "/", secrets: [getEnv().SESSION_SECRET] };
  const session = (secure: boolean) =>
    createCookie("__session", { ...base, secure, maxAge: SESSION_MAX_AGE });
  const toast = (secure: boolean) =>
    createCookieSessionStorage<object, FlashData>({ cookie: { ...base, name: "__toast", secure } });
  g[KEY] = {
    session: { plain: session(false), secure: session(true) },
    toast: { plain: toast(false), secure: toast(true) },
  };
  return g[KEY];
}

/** `Secure` only when the request came over HTTPS: the demo serves plain http on 127.0.0.1. */
const isHttps = (request: Request) => new URL(request.url).protocol === "https:";
const sessionCookie = (request: Request) => (isHttps(request) ? jar().session.secure : jar().session.plain);
const toastStorage = (request: Request) => (isHttps(request) ? jar().toast.secure : jar().toast.plain);

/** The session secret in the request's cookie, when its signature holds; null otherwise. */
export async function readSessionSecret(request: Request): Promise<string | null> {
  // Cookies from before ADR 021 hold a signed object, not a string: they open nothing.
  const v: unknown = await sessionCookie(request).parse(request.headers.get("Cookie"));
  return typeof v === "string" && v.startsWith(`${SESSION_PREFIX}_`) ? v : null;
}

export function sessionCookieHeader(request: Request, secret: string): Promise<string> {
  return sessionCookie(request).serialize(secret);
}

function clearSessionCookieHeader(request: Request): Promise<string> {
  return sessionCookie(request).serialize("", { maxAge: 0 });
}

async function toastHeader(request: Request, toast: Toast): Promise<string> {
  const storage = toastStorage(request);
  const s = await storage.getSession(request.headers.get("Cookie"));
  s.flash("toast", toast);
  return storage.commitSession(s);
}

/** What a session row records about the browser: its User-Agent and the client's address. */
export function sessionMeta(request: Request, ip: string): SessionMeta {
  return { userAgent: request.headers.get("User-Agent"), ip: ip === "unknown" ? null : ip };
}

/**
 * Logs the user in with a brand-new session id (never the one the browser came with: no
 * session fixation); a session the browser had before is ended.
 */
export async function createUserSession(
  request: Request,
  user: { id: number },
  meta: SessionMeta,
  to: string,
  toast?: Toast,
) {
  const db = getDb();
  const old = await readSessionSecret(request);
  if (old) await endSessionBySecret(db, old);
  const { secret } = await createSession(db, user.id, meta);
  const headers = new Headers();
  headers.append("Set-Cookie", await sessionCookieHeader(request, secret));
  if (toast) headers.append("Set-Cookie", await toastHeader(request, toast));
  return redirect(to, { headers });
}

/**
 * After a privilege change of the current session (organisation registered or joined, password
 * changed): the same session under a new id. Returns the init (Set-Cookie) for the response.
 */
export async function rotateSessionCookie(
  request: Request,
  sessionId: number | null | undefined,
): Promise<ResponseInit | undefined> {
  if (!sessionId) return undefined;
  const secret = await rotateSession(getDb(), sessionId);
  return secret ? { headers: { "Set-Cookie": await sessionCookieHeader(request, secret) } } : undefined;
}

/** Logout: ends this browser's session row and clears the cookie. */
export async function destroyUserSession(request: Request, to: string, toast?: Toast) {
  const secret = await readSessionSecret(request);
  if (secret) await endSessionBySecret(getDb(), secret);
  const headers = new Headers();
  headers.append("Set-Cookie", await clearSessionCookieHeader(request));
  if (toast) headers.append("Set-Cookie", await toastHeader(request, toast));
  return redirect(to, { headers });
}

/** After every mutation: redirect and show a toast on the next page (flash: shown once). */
export async function redirectWithToast(request: Request, to: string, toast: Toast, init?: ResponseInit) {
  const headers = new Headers(init?.headers);
  headers.append("Set-Cookie", await toastHeader(request, toast));
  return redirect(to, { ...init, headers });
}

/** For the root loader: the pending toast, and the header that clears it. */
export async function popToast(
  request: Request,
): Promise<{ toast: Toast | null; headers: HeadersInit | undefined }> {
  const storage = toastStorage(request);
  const session = await storage.getSession(request.headers.get("Cookie"));
  const toast = session.get("toast") ?? null;
  if (!toast) return { toast: null, headers: undefined };
  return { toast, headers: { "Set-Cookie": await storage.commitSession(session) } };
}
