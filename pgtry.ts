import { openPostgres } from "./db/connection";
import { migrateToLatest } from "./db/migrate";
const o = openPostgres("postgres://cnht:cnht@127.0.0.1/cnht_dev");
try { const r = await migrateToLatest(o.db); console.log(r.results?.length); } catch (e) { console.error(String(e), (e as any).position); }
await o.close();
