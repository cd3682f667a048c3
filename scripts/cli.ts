// `npm run cli -- COMMAND ...`: one entry point, each command in scripts/cli/COMMAND.ts exporting
// `run(args): Promise<number>` (the exit code). Every command migrates the database first when
// it uses one, so `cli import` works on a path that does not exist yet.
const commands: Record<
  string,
  { load: () => Promise<{ run(args: string[]): Promise<number> }>; help: string }
> = {
  migrate: { load: () => import("./cli/migrate"), help: "create or upgrade the database schema" },
  import: {
    load: () => import("./cli/import"),
    help: "import FILE [--replace] | FILE.xlsx|FILE.csv [--sheet NAME] [--mapping MAP.json] [--lang en|vi]  upsert a directory file or a spreadsheet",
  },
  export: {
    load: () => import("./cli/export"),
    help: "export [FILE | FILE.xlsx | FILE.csv] [--lang vi|en|ja]  write the directory",
  },
  reindex: { load: () => import("./cli/reindex"), help: "rebuild the search index from the database" },
  "search-check": {
    load: () => import("./cli/search-check"),
    help: "compare the search index with the database",
  },
  schedule: { load: () => import("./cli/schedule"), help: "schedule --in INSTANCE.json --out RESULT.json" },
  token: { load: () => import("./cli/token"), help: "token create --role organiser --name NAME" },
  backup: {
    load: () => import("./cli/backup"),
    help: "backup FILE [--force]  consistent copy of the database, safe while the server serves",
  },
  restore: {
    load: () => import("./cli/restore"),
    help: "restore FILE  replace the database with a checked backup (server stopped; old file kept)",
  },
  seed: {
    load: () => import("./cli/seed"),
    help: "seed [--force]  load the demo data into an empty database",
  },
  conflicts: {
    load: () => import("./cli/conflicts"),
    help: "conflicts [--resolve ID --take import|portal]  fields an import kept as the firm saved them",
  },
  "migrate-to-postgres": {
    load: () => import("./cli/migrate-to-postgres"),
    help: "migrate-to-postgres [SQLITE_FILE] --to postgres://…  copy a SQLite database into an empty PostgreSQL one",
  },
};

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const cmd = name ? commands[name] : undefined;
  if (!cmd) {
    const width = Math.max(...Object.keys(commands).map((k) => k.length));
    console.error(
      (name ? `Unknown command '${name}'.\n\n` : "") +
        "Usage: npm run cli -- COMMAND [options]\n\nCommands:\n" +
        Object.entries(commands)
          .map(([k, v]) => `  ${k.padEnd(width)}  ${v.help}`)
          .join("\n"),
    );
    return name === "--help" || name === "help" ? 0 : 2;
  }
  return (await cmd.load()).run(args);
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`Error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);

export {};
