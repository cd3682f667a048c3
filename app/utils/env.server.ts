import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";

// Validated once at boot; a bad value stops the process with a message naming the variable.
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_PATH: z.string().min(1).default("./data/portal.db"),
  // postgres://user:pass@host/db selects PostgreSQL (docs/decisions/220-postgresql.md); unset,
  // the SQLite file at DATABASE_PATH is the database, as always.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional(),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  MEILISEARCH_URL: z.string().url("MEILISEARCH_URL must be a URL").optional(),
  MEILISEARCH_API_KEY: z.string().optional(),
  MEILISEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]*$/i)
    .default("cnht"),
  // PostgreSQL without Meilisearch: this instance's own search index file, rebuilt at start.
  SEARCH_INDEX_PATH: z.string().min(1).optional(),
  SMTP_URL: z.string().url().optional(),
  // The sender of the portal's mail; defaults to no-reply@ the host of PUBLIC_URL.
  MAIL_FROM: z.string().email("MAIL_FROM must be an email address").optional(),
  // The site's public origin: every absolute link (mails, .ics, QR codes) is built from it,
  // never from request headers (a forged Host would otherwise land in a reset mail).
  PUBLIC_URL: z
    .string()
    .url("PUBLIC_URL must be a URL such as https://cnht.hanoi.gov.vn")
    .refine((u) => /^https?:$/.test(new URL(u).protocol), "PUBLIC_URL must be http or https")
    .optional(),
  // How many reverse-proxy hops in front of the portal are believed about the client
  // (X-Forwarded-For/-Proto/-Host, X-Request-Id). 0, the default, believes none: a direct
  // client can write those headers, and req.ip feeds the rate limits.
  TRUST_PROXY: z.coerce
    .number({ invalid_type_error: "TRUST_PROXY must be a number of proxy hops (0, 1, 2…)" })
    .int("TRUST_PROXY must be a whole number of proxy hops")
    .min(0)
    .max(10)
    .default(0),
  // Unset means development, so that `npm ci && npm start` on a fresh clone works with nothing
  // configured; operators set NODE_ENV=production (deploy/), which then requires the two below.
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string; dataDir: string };

/** A configuration mistake: the start script prints its message alone, without a stack. */
export class EnvError extends Error {}

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new EnvError(`Invalid environment:\n${lines}`);
  }
  const missing = productionProblems(parsed.data);
  if (missing.length)
    throw new EnvError(
      `Invalid environment for NODE_ENV=production:\n${missing.map((m) => `  ${m}`).join("\n")}`,
    );
  const dataDir = path.dirname(path.resolve(parsed.data.DATABASE_PATH));
  cached = {
    ...parsed.data,
    SESSION_SECRET: parsed.data.SESSION_SECRET ?? sessionSecretFile(dataDir),
    dataDir,
  };
  return cached;
}

/**
 * A public server must not sign cookies with a secret generated into a file an operator may
 * never back up or share between hosts, nor build links without knowing its own address.
 */
function productionProblems(e: z.infer<typeof schema>): string[] {
  if (e.NODE_ENV !== "production") return [];
  const out: string[] = [];
  if (!e.SESSION_SECRET) out.push("SESSION_SECRET: missing (at least 32 bytes, e.g. `openssl rand -hex 32`)");
  else if (Buffer.byteLength(e.SESSION_SECRET, "utf8") < 32)
    out.push("SESSION_SECRET: must be at least 32 bytes");
  if (!e.PUBLIC_URL)
    out.push("PUBLIC_URL: missing (the site's public address, e.g. https://cnht.hanoi.gov.vn)");
  return out;
}

/** No secret in the repo: the first start writes a random one beside the database (mode 600). */
function sessionSecretFile(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) {
    try {
      fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * The public origin without a trailing slash: PUBLIC_URL, or (outside production, where it is
 * required) the address the server listens on.
 */
export function publicOrigin(): string {
  const env = getEnv();
  if (env.PUBLIC_URL) return new URL(env.PUBLIC_URL).origin;
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  return `http://${host}:${env.PORT}`;
}

/** An absolute link to a path of the portal, from `publicOrigin()`. */
export function absoluteUrl(pathAndQuery: string): string {
  return publicOrigin() + (pathAndQuery.startsWith("/") ? pathAndQuery : `/${pathAndQuery}`);
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}
