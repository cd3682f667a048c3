import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["build/**", "build-*/**", "node_modules/**", "test-results/**", "data/**", ".cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The layers (docs/decisions/250-layers.md), enforced so they stay true: routes and components
  // reach db/ and search/ only through app/services; app/modules stays pure; db/ and search/ never
  // reach up into app/ beyond the pure modules.
  {
    files: ["app/routes/**", "app/components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/db/**", "**/search/**"],
              message: "Routes and components reach the database and search through app/services/*.server.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/modules/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/db/**", "**/search/**", "~/services/**", "~/utils/**", "**/services/**", "**/utils/**", "**/*.server"],
              message: "app/modules is pure: it takes data as arguments and never opens the database, search or the process's services.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**", "search/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/app/services/**", "**/app/utils/**", "**/app/routes/**", "**/app/components/**", "~/**"],
              message: "db/ and search/ are handed their handles; they may use app/modules (pure) only.",
            },
            {
              // Rows in, rows out (decision 310): the scheduler and the matcher run in
              // app/services, which reads rows, runs them and hands the result back to db/queries.
              group: ["**/app/modules/scheduling", "**/app/modules/scheduling/**", "**/app/modules/matching", "**/app/modules/matching/**"],
              message: "db/ and search/ never run the scheduler or the matcher: app/services runs them between a read and a write.",
            },
          ],
        },
      ],
    },
  },
  // Migrations are frozen and typed Kysely<any> on purpose (DESIGN.md): they must not follow
  // later changes of the schema types.
  { files: ["db/migrations/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // The dialect helpers serve every schema (the portal's and the migrations' Kysely<any>).
  { files: ["db/dialect.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // Tests poke at JSON responses; typing every body would add noise, not safety.
  { files: ["tests/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // The analyser strips control characters from user text on purpose.
  { files: ["app/modules/text/**", "search/embedded/**"], rules: { "no-control-regex": "off" } },
);
