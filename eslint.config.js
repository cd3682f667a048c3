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
  // Migrations are frozen and typed Kysely<any> on purpose (DESIGN.md): they must not follow
  // later changes of the schema types.
  { files: ["db/migrations/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // Tests poke at JSON responses; typing every body would add noise, not safety.
  { files: ["tests/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // The analyser strips control characters from user text on purpose.
  { files: ["app/modules/text/**", "search/embedded/**"], rules: { "no-control-regex": "off" } },
);
