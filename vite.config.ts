import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import path from "node:path";
import type { Plugin } from "vite";
import { messages } from "./app/modules/i18n/messages/index";
import { dictionariesFor } from "./app/modules/i18n/client-dictionaries";
import { LOCALES } from "./app/modules/i18n/locale";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const MESSAGES = path.resolve(import.meta.dirname, "app/modules/i18n/messages/index.ts");
const CLIENT_MESSAGES = path.resolve(import.meta.dirname, "app/modules/i18n/messages/client.ts");
const VIRTUAL = "virtual:cnht-messages/";

/**
 * The browser gets the reader's language only (issue 13, decision 440): in the client build the
 * whole dictionaries (messages/index.ts) give way to messages/client.ts, which entry.client fills
 * from one `virtual:cnht-messages/LANG` chunk, the reader's share computed here at build time.
 * The server keeps every dictionary. `vite dev` ships them all as before (no swap): there the
 * chunks are still served, and filling the unused client module does nothing.
 */
function readerLanguageOnly(): Plugin {
  let swap = false;
  return {
    name: "cnht-reader-language-only",
    enforce: "pre",
    configResolved(c) {
      swap = c.command === "build";
    },
    async resolveId(source, importer, options) {
      if (source.startsWith(VIRTUAL)) return `\0${source}`;
      if (!swap || options?.ssr || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === MESSAGES ? CLIENT_MESSAGES : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const locale = LOCALES.find((l) => id === `\0${VIRTUAL}${l}`);
      if (!locale) throw new Error(`unknown message chunk ${id}`);
      return `export default ${JSON.stringify(dictionariesFor(locale, messages))};`;
    },
  };
}

export default defineConfig({
  server: { host: "127.0.0.1" },
  plugins: [
    readerLanguageOnly(),
    remix({
      buildDirectory: process.env.BUILD_DIR || "build",
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
  build: { target: "es2022" },
  ssr: { external: ["better-sqlite3", "@node-rs/argon2", "meilisearch", "exceljs", "pino"] },
});
