import { hashPassword } from "../../../app/modules/auth/password";
import type { Db } from "../../../db/connection";
import type { Updateable } from "kysely";
import type { DB } from "../../../db/schema";

/**
 * A cookie-keeping HTTP client (one browser) against the started server; never follows redirects.
 * The server's address may be given as a function, read at each request: a client made when a
 * suite is collected, before its server has started (schemeSuite).
 */
export class Client {
  private jar = new Map<string, string>();
  constructor(private base: string | (() => string)) {}

  cookie(name: string) {
    return this.jar.get(name);
  }

  cookieHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Copies another client's cookies (an old cookie kept by a second device). */
  copyFrom(other: Client) {
    this.jar = new Map(other.jar);
  }

  async request(path: string, init: RequestInit & { form?: Record<string, string> } = {}) {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set("Cookie", this.cookieHeader());
    // English answers, so that tests can read the messages.
    if (!headers.has("Accept-Language")) headers.set("Accept-Language", "en");
    let body = init.body;
    if (init.form) {
      body = new URLSearchParams(init.form);
      headers.set("Content-Type", "application/x-www-form-urlencoded");
    }
    const base = typeof this.base === "function" ? this.base() : this.base;
    const res = await fetch(base + path, {
      ...init,
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      body,
      redirect: "manual",
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const k = pair.slice(0, i);
      const v = pair.slice(i + 1);
      if (v === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.jar.delete(k);
      else this.jar.set(k, v);
    }
    return res;
  }

  get(path: string) {
    return this.request(path);
  }

  post(path: string, form: Record<string, string>) {
    return this.request(path, { form });
  }

  /** The account page's password form, the new password typed twice as a person would. */
  changePassword(current: string, next: string) {
    return this.post("/my/account", { intent: "password", current, password: next, confirm: next });
  }

  async login(email: string, password: string) {
    const res = await this.post("/login", { email, password });
    if (res.status !== 302) throw new Error(`login of ${email} failed: ${res.status} ${await res.text()}`);
    return res;
  }
}

/** Inserts a user (and membership) straight into the database, faster than the web forms. */
export async function seedUser(
  db: Db,
  u: {
    email: string;
    role: "supplier" | "buyer" | "organiser" | "admin";
    orgId?: number;
    owner?: boolean;
    password?: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto("users")
    .values({
      email: u.email,
      name: u.email.split("@")[0],
      passwordHash: await hashPassword(u.password ?? PASSWORD),
      role: u.role,
      locale: "en",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (u.orgId)
    await db
      .insertInto("memberships")
      .values({ userId: id, orgId: u.orgId, role: u.owner === false ? "member" : "owner" })
      .execute();
  return id;
}

export async function seedOrg(
  db: Db,
  // A name given as null leaves the firm without a name in that language (names in one only).
  o: {
    ref: string;
    kind: "supplier" | "buyer";
    taxCode?: string;
    nameVi?: string | null;
    nameEn?: string | null;
  },
): Promise<number> {
  const { id } = await db
    .insertInto("organisations")
    .values({
      ref: o.ref,
      kind: o.kind,
      nameVi: o.nameVi === undefined ? `Công ty ${o.ref}` : o.nameVi,
      nameEn: o.nameEn === undefined ? `Company ${o.ref}` : o.nameEn,
      taxCode: o.taxCode ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (o.kind === "supplier") await db.insertInto("supplierProfiles").values({ orgId: id }).execute();
  else await db.insertInto("buyerProfiles").values({ orgId: id, country: "JP" }).execute();
  return id;
}

export const PASSWORD = "a long enough passphrase";

/** The sign-up form as an English-speaking supplier fills it in; `more` adds or changes fields. */
export const signUpForm = (
  email: string,
  password: string,
  name: string,
  more: Record<string, string> = {},
) => ({
  email,
  password,
  name,
  locale: "en",
  accountType: "supplier",
  ...more,
});

/**
 * A client logged in as `email` after its account's language settings were changed to
 * `settings`: login makes the account's choice the page language.
 */
export async function loggedInReading(
  db: Db,
  base: string,
  email: string,
  settings: Pick<Updateable<DB["users"]>, "language" | "locale">,
): Promise<Client> {
  await db.updateTable("users").set(settings).where("email", "=", email).execute();
  return loggedIn(base, email);
}

/** A client logged in as `email` (seeded with the test password), or anonymous for null. */
export async function loggedIn(base: string, email: string | null, password = PASSWORD): Promise<Client> {
  const c = new Client(base);
  if (email) await c.login(email, password);
  return c;
}
