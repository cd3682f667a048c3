// `npm run bench -- NAME`: each benchmark prints its figures as JSON, measured against a
// baseline run in the same process (a ratio), so the numbers mean something on any machine.
const benches: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  pages: () => import("./pages"),
  search: () => import("./search"),
  matching: () => import("./matching"),
  scheduling: () => import("./scheduling"),
  fair: () => import("./fair"),
  import: () => import("./import"),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? benches[name] : undefined;
if (!load) {
  console.error(`Usage: npm run bench -- ${Object.keys(benches).join("|")}`);
  process.exit(2);
}
load()
  .then((m) => m.run(args))
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
