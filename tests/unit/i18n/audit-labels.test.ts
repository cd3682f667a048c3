import { describe, expect, it } from "vitest";
import { auditActionLabel, auditDetails } from "../../../app/modules/i18n/audit-labels";

describe("audit log labels", () => {
  it.each([
    { code: "token_create", locale: "en", label: "API token created" },
    { code: "token_create", locale: "vi", label: "Tạo API token" },
    { code: "profile.update", locale: "en", label: "Profile updated" },
    { code: "profile_update", locale: "vi", label: "Cập nhật hồ sơ" },
    { code: "directory.import.delete", locale: "en", label: "Import: deleted" },
    { code: "something.new", locale: "en", label: "something.new" },
  ] as const)(
    "both stored spellings get the label of the reader's language; unknown codes stay as stored: $code in $locale is $label",
    ({ code, locale, label }) => {
      expect(auditActionLabel(code, locale)).toBe(label);
    },
  );

  it("details read as key: value pairs", () => {
    expect(auditDetails('{"changed":["nameVi","employees"],"visibility":"public","n":3,"x":null}')).toEqual([
      { key: "changed", value: "nameVi, employees" },
      { key: "visibility", value: "public" },
      { key: "n", value: "3" },
      { key: "x", value: "—" },
    ]);
    expect(auditDetails(null)).toEqual([]);
    expect(auditDetails("not json")).toEqual([{ key: "", value: "not json" }]);
  });
});
