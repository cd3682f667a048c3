// `npm run bench -- NAME`: each benchmark prints its figures as JSON, measured against a
// baseline run in the same process (a ratio), so the numbers mean something on any machine.
type Bench = { run(args: string[]): Promise<unknown> };
const benches: Record<string, () => Promise<Bench>> = {
  pages: () => import("./pages"),
  search: () => import("./search"),
  matching: () => import("./matching"),
  scheduling: () => import("./scheduling"),
  fair: () => import("./fair"),
  import: () => import("./import"),
  quality: () => import("./quality"),
  "import-xlsx": () => import("./import-xlsx"),
};

async function main(): Promise<number> {
  const [which, ...args] = process.argv.slice(2);
  const load = which ? benches[which] : undefined;
  if (!load) {
    console.error(`Usage: npm run bench -- ${Object.keys(benches).join("|")}`);
    return 2;
  }
  // A bench may answer an exit status (the pages bench: 1 when Lighthouse failed).
  const status = await (await load()).run(args);
  return typeof status === "number" ? status : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

export {};
