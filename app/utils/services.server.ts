import { openConfigured, type OpenDb } from "../../db/connection";
import { getEnv, type Env } from "./env.server";

export interface Services extends OpenDb {
  env: Env;
}

// One database handle per process, shared by the Remix build and the server script that loaded
// it (they are separate module graphs, hence globalThis rather than a module-level variable).
const KEY = "__cnhtServices";

export function getServices(): Services {
  const g = globalThis as unknown as Record<string, Services | undefined>;
  let s = g[KEY];
  if (!s) {
    const env = getEnv();
    s = { env, ...openConfigured(env) };
    g[KEY] = s;
  }
  return s;
}

export function getDb() {
  return getServices().db;
}
