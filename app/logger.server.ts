import pino from "pino";
import { getEnv } from "./env.server";

// One JSON logger per process, level from LOG_LEVEL (validated in env.server). Errors go to
// stderr so that they stand out from access-style info lines on stdout.
export const logger = pino(
  { level: getEnv().LOG_LEVEL, base: undefined },
  pino.multistream(
    [
      { level: "trace", stream: process.stdout },
      { level: "error", stream: process.stderr },
    ],
    { dedupe: true },
  ),
);
