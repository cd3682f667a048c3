import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "~/modules/i18n/messages/index";

// Japanese buyers are a main user group (issue 13, decision 370): every text on the public, buyer
// and /my pages, in mails, agendas and exports must exist in Japanese. The organisers' console
// may stay Vietnamese/English. The rule, kept simple so that new console keys never break it:
//
//   A vi/en key needs Japanese when it is named in a file outside the organisers' console —
//   literally ("fair.my.accept") or as the fixed start of a composed key (`fair.decline.${code}`).
//   The console is: app/routes/admin*, app/components/admin/, app/services/admin-*.
//   Keys starting with admin., import., conflicts. or fair.admin. (console-only features) never
//   need it, wherever the component that names them lives.
//
// A plural group is complete with its `.other` form (Japanese has no `.one`).

const ROOT = join(__dirname, "../../..");
const CONSOLE_FILE = /^app\/(routes\/admin|components\/admin\/|services\/admin-)/;
const CONSOLE_KEY = /^(admin|import|conflicts|fair\.admin)\./;

type Source = { file: string; text: string };

function sources(): Source[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
    });
  return walk(join(ROOT, "app"))
    .map((abs) => ({ file: relative(ROOT, abs).split("\\").join("/"), text: readFileSync(abs, "utf8") }))
    .filter((s) => !s.file.startsWith("app/modules/i18n/messages/"));
}

/** Keys of `known` that files outside the console name, each with one file naming it. */
export function keysUsedOutsideConsole(files: Source[], known: Set<string>): Map<string, string> {
  const used = new Map<string, string>();
  const prefixes: [string, string][] = [];
  for (const { file, text } of files) {
    if (CONSOLE_FILE.test(file)) continue;
    for (const m of text.matchAll(/["'`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)["'`]/g))
      for (const k of [m[1], `${m[1]}.other`]) if (known.has(k) && !used.has(k)) used.set(k, file);
    for (const m of text.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)) prefixes.push([m[1], file]);
  }
  for (const k of known)
    if (!used.has(k)) {
      const hit = prefixes.find(([p]) => k.startsWith(p));
      if (hit) used.set(k, `${hit[1]} (\`${hit[0]}\${…}\`)`);
    }
  return used;
}

/** Which of `keys` have no Japanese text in `ja` (plural groups complete with `.other`). */
export function missingJapanese(keys: Map<string, string>, ja: Record<string, string>): string[] {
  const has = (k: string) =>
    ja[k] !== undefined ||
    ja[`${k}.other`] !== undefined ||
    (/\.(one|other)$/.test(k) && ja[k.replace(/\.(one|other)$/, ".other")] !== undefined) ||
    (/\.(one|other)$/.test(k) && ja[k.replace(/\.(one|other)$/, "")] !== undefined);
  return [...keys]
    .filter(([k]) => !CONSOLE_KEY.test(k) && !has(k))
    .map(([k, file]) => `${k} — used in ${file}`)
    .sort();
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("Japanese covers everything outside the organisers' console", () => {
  const known = new Set([...Object.keys(messages.vi), ...Object.keys(messages.en)]);
  const used = keysUsedOutsideConsole(sources(), known);

  it("finds the keys the pages use (the scan itself works)", () => {
    // A literal key, a composed key and a console-only file: only the first two count.
    const probe = keysUsedOutsideConsole(
      [
        { file: "app/routes/suppliers.$ref.tsx", text: 't("supplier.about")' },
        { file: "app/routes/my.events.$id.tsx", text: "t(`fair.decline.${code}`)" },
        { file: "app/routes/admin.users.tsx", text: 't("engage.saved")' },
      ],
      new Set(["supplier.about", "fair.decline.other", "engage.saved"]),
    );
    expect([...probe.keys()].sort()).toEqual(["fair.decline.other", "supplier.about"]);
    expect(missingJapanese(probe, { "supplier.about": "会社概要" })).toEqual([
      "fair.decline.other — used in app/routes/my.events.$id.tsx (`fair.decline.${…}`)",
    ]);
    // The real scan sees the buyer pages' keys.
    for (const k of ["suppliers.title", "engage.shortlist.add", "fair.my.accept", "mail.reset.subject"])
      expect(used.has(k), k).toBe(true);
  });

  it("every key used outside the console has Japanese text", () => {
    expect(missingJapanese(used, messages.ja)).toEqual([]);
  });

  it("Japanese texts keep the placeholders of the English ones", () => {
    const wrong = Object.entries(messages.ja)
      .filter(([k]) => messages.en[k] !== undefined)
      .filter(([k, v]) => placeholders(v).join() !== placeholders(messages.en[k]).join())
      .map(([k, v]) => `${k}: "${v}" vs "${messages.en[k]}"`);
    expect(wrong).toEqual([]);
  });

  it("Japanese texts are written in Japanese, not copied from English", () => {
    // A sentence (three or more English words) left untranslated shows up here; codes such as
    // "ISO 9001", "CSV" or "JSON (cnht-directory/1)" are fine as they are.
    const copied = Object.entries(messages.ja)
      .filter(([, v]) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(v) && /\b[a-z]+ [a-z]+ [a-z]+\b/i.test(v))
      .map(([k, v]) => `${k}: ${v}`);
    expect(copied).toEqual([]);
  });
});
