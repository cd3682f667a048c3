import { describe, expect, it } from "vitest";
import { benchPostgresUrl, databasesFrom, NO_POSTGRES } from "../../../scripts/bench/databases";

const PG = "postgres://bench:pw@127.0.0.1:5432/postgres";

describe("the databases a bench runs on (scripts/bench/databases.ts)", () => {
  it("is SQLite alone when no PostgreSQL server is named, both when one is", () => {
    expect(databasesFrom([], {})).toEqual(["sqlite"]);
    expect(databasesFrom([], { BENCH_POSTGRES_URL: PG })).toEqual(["sqlite", "postgres"]);
    expect(databasesFrom([], { TEST_POSTGRES_URL: PG })).toEqual(["sqlite", "postgres"]);
    // The app's own switch counts; an empty or non-PostgreSQL DATABASE_URL does not.
    expect(databasesFrom([], { DATABASE_URL: PG })).toEqual(["sqlite", "postgres"]);
    expect(databasesFrom([], { DATABASE_URL: "" })).toEqual(["sqlite"]);
    expect(databasesFrom([], { DATABASE_URL: "mysql://x/y" })).toEqual(["sqlite"]);
  });

  it("takes DATABASE_URL before BENCH_POSTGRES_URL before TEST_POSTGRES_URL", () => {
    const a = "postgres://a@h/a";
    const b = "postgresql://b@h/b";
    const c = "postgres://c@h/c";
    expect(benchPostgresUrl({ DATABASE_URL: a, BENCH_POSTGRES_URL: b, TEST_POSTGRES_URL: c })).toBe(a);
    expect(benchPostgresUrl({ BENCH_POSTGRES_URL: b, TEST_POSTGRES_URL: c })).toBe(b);
    expect(benchPostgresUrl({ TEST_POSTGRES_URL: c })).toBe(c);
    expect(benchPostgresUrl({})).toBeUndefined();
  });

  it("runs on one database with --db, in either spelling", () => {
    const env = { BENCH_POSTGRES_URL: PG };
    expect(databasesFrom(["--db", "sqlite"], env)).toEqual(["sqlite"]);
    expect(databasesFrom(["--db=postgres"], env)).toEqual(["postgres"]);
    expect(databasesFrom(["--no-http", "--db", "postgres"], env)).toEqual(["postgres"]);
  });

  it("refuses a --db it cannot honour, saying what and why", () => {
    expect(() => databasesFrom(["--db", "mysql"], {})).toThrow('--db takes sqlite or postgres, not "mysql"');
    expect(() => databasesFrom(["--db"], {})).toThrow("--db takes sqlite or postgres, not nothing");
    expect(() => databasesFrom(["--db", "postgres"], {})).toThrow(`--db postgres: ${NO_POSTGRES}`);
  });
});
