import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Migrator } from "kysely";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "../../../db/connection";
import { migrations } from "../../../db/migrations/index";
import { migrateToLatest } from "../../../db/migrate";
import { hashPassword } from "../../../app/modules/auth/password";
import { login } from "../../../app/services/auth/accounts.server";
import { LoginLimiter } from "../../../app/modules/auth/login-limiter";
import { createSession, resolveSession } from "../../../app/services/auth/sessions.server";

// The sessions and token-expiry migrations keep every account and token, and go back down.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-sessions-migration-"));
const o = openDatabase(path.join(dir, "portal.db"));
afterAll(() => o.close());
const BEFORE = "2026-11-23-09-profile-logo";
const migrator = new Migrator({
  db: o.db,
  provider: { getMigrations: async () => migrations },
  allowUnorderedMigrations: true,
});

it("keeps users and tokens up and down", async () => {
  expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
  const hash = await hashPassword("a long enough passphrase");
  o.sqlite
    .prepare(
      `INSERT INTO users (email, name, password_hash, role, session_version) VALUES ('old@example.com', 'Old', ?, 'buyer', 7)`,
    )
    .run(hash);
  o.sqlite
    .prepare(
      `INSERT INTO api_tokens (name, role, token_hash, prefix) VALUES ('ci', 'organiser', ?, 'cnht_abc')`,
    )
    .run("f".repeat(64));

  await migrateToLatest(o.db);
  const r = await login(o.db, new LoginLimiter(), {
    email: "old@example.com",
    password: "a long enough passphrase",
    ip: "1.2.3.4",
  });
  expect(r.ok).toBe(true);
  const s = await createSession(o.db, r.ok ? r.user.id : 0, { userAgent: null, ip: null });
  expect((await resolveSession(o.db, s.secret))?.email).toBe("old@example.com");
  // Existing tokens keep working for 90 days from the migration, not for ever.
  const token = o.sqlite.prepare(`SELECT expires_at FROM api_tokens`).get() as { expires_at: string };
  const days = (Date.parse(token.expires_at) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(89);
  expect(days).toBeLessThanOrEqual(90);

  expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
  expect(o.sqlite.prepare(`SELECT email, session_version FROM users`).all()).toEqual([
    { email: "old@example.com", session_version: 1 },
  ]);
  expect(o.sqlite.prepare(`SELECT name FROM api_tokens`).all()).toEqual([{ name: "ci" }]);
  await migrateToLatest(o.db);
});
