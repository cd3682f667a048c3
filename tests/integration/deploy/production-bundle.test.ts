import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { BUILD_DIR, BUILD_MODE_FILE } from "../../../scripts/lib/build";

// The build the tests serve is the one global-setup made under vitest, whose NODE_ENV is "test".
// That build once carried React's development build to every browser (decision 471); what the
// server sends must be the production bundle whatever process started the build.
it("builds the browser bundle in production mode, even when started under vitest", () => {
  expect(process.env.NODE_ENV).toBe("test");
  expect(fs.readFileSync(BUILD_MODE_FILE(), "utf8").trim()).toBe("production");
  const assets = path.join(BUILD_DIR, "client/assets");
  const scripts = fs.readdirSync(assets).filter((f) => f.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(10);
  const development = scripts.filter((f) =>
    /react(-dom)?\.development\.js|scheduler\.development\.js/.test(
      fs.readFileSync(path.join(assets, f), "utf8"),
    ),
  );
  expect(development).toEqual([]);
  // React's production build is there (the entry's shared chunk), not merely absent by accident.
  expect(
    scripts.some((f) => fs.readFileSync(path.join(assets, f), "utf8").includes("Minified React error")),
  ).toBe(true);
});
