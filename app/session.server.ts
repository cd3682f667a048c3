import { createCookieSessionStorage, redirect, type SessionStorage } from "@remix-run/node";
import { getEnv } from "~/env.server";

// The session lives in a signed cookie (no server table): user id + that user's session version.
// Bumping users.session_version (logout everywhere, password change, suspension) makes every
// older cookie worthless, which a stateless cookie could not otherwise offer.
export const SESSION_MAX_AGE = 60 * 60 * 24 * 14;

export type ToastKind = "success" | "error" | "info";
export interface Toast {
  kind: ToastKind;
  message: string;
}

interface SessionData {
  uid: number;
  sv: number;
}
interface FlashData {
  toast: Toast;
}

const KEY = "__cnhtSessionStorage";
type Storages = {
  plain: SessionStorage<SessionData, FlashData>;
  secure: SessionStorage<SessionData, FlashData>;
};

function storages(): Storages {
  const g = globalThis as unknown as Record<string, Storages | undefined>;
  if (g[KEY]) return g[KEY];
  const make = (secure: boolean) =>
    createCookieSessionStorage<SessionData, FlashData>({
      cookie: {
        name: "__session",
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure,
        maxAge: SESSION_MAX_AGE,
        secrets: [getEnv().SESSION_SECRET],
      },
    });
  g[KEY] = { plain: make(false), secure: make(true) };
  return g[KEY];
}

/** `Secure` only when the request came over HTTPS: the demo serves plain http on 127.0.0.1. */
function storageFor(request: Request) {
  return new URL(request.url).protocol === "https:" ? storages().secure : storages().plain;
}

export function getSession(request: Request) {
  return storageFor(request).getSession(request.headers.get("Cookie"));
}

export async function commitSession(request: Request, session: Awaited<ReturnType<typeof getSession>>) {
  return storageFor(request).commitSession(session);
}

/** A fresh session for the user (never reuse the anonymous one: no session fixation). */
export async function createUserSession(
  request: Request,
  user: { id: number; sessionVersion: number },
  to: string,
  toast?: Toast,
) {
  const session = await storageFor(request).getSession();
  session.set("uid", user.id);
  session.set("sv", user.sessionVersion);
  if (toast) session.flash("toast", toast);
  return redirect(to, { headers: { "Set-Cookie": await commitSession(request, session) } });
}

export async function destroyUserSession(request: Request, to: string, toast?: Toast) {
  const session = await storageFor(request).getSession();
  if (toast) session.flash("toast", toast);
  return redirect(to, { headers: { "Set-Cookie": await commitSession(request, session) } });
}

export async function readSessionUser(request: Request): Promise<{ uid: number; sv: number } | null> {
  const session = await getSession(request);
  const uid = session.get("uid");
  const sv = session.get("sv");
  return typeof uid === "number" && typeof sv === "number" ? { uid, sv } : null;
}

/** After every mutation: redirect and show a toast on the next page (flash: shown once). */
export async function redirectWithToast(request: Request, to: string, toast: Toast, init?: ResponseInit) {
  const session = await getSession(request);
  session.flash("toast", toast);
  const headers = new Headers(init?.headers);
  headers.append("Set-Cookie", await commitSession(request, session));
  return redirect(to, { ...init, headers });
}

/** For the root loader: the pending toast, and the header that clears it. */
export async function popToast(
  request: Request,
): Promise<{ toast: Toast | null; headers: HeadersInit | undefined }> {
  const session = await getSession(request);
  const toast = session.get("toast") ?? null;
  if (!toast) return { toast: null, headers: undefined };
  return { toast, headers: { "Set-Cookie": await commitSession(request, session) } };
}
