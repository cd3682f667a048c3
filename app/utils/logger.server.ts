import pino from "pino";

// One JSON logger per process, level from LOG_LEVEL. Errors go to stderr so that they stand out
// from access-style info lines on stdout. The level is read from process.env, not getEnv(): this
// module loads with the server's imports, before start.ts validates the environment and can
// report a missing production setting as a message rather than a stack trace. A bad LOG_LEVEL is
// still refused there (env.server's schema); until then "info" stands in.
const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
const level = LEVELS.includes(process.env.LOG_LEVEL ?? "") ? process.env.LOG_LEVEL! : "info";
export const logger = pino(
  { level, base: undefined },
  pino.multistream(
    [
      { level: "trace", stream: process.stdout },
      { level: "error", stream: process.stderr },
    ],
    { dedupe: true },
  ),
);
