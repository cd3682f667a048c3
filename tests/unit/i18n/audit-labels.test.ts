import { describe, expect, it } from "vitest";
import { auditActionLabel, auditDetails } from "../../../app/modules/i18n/audit-labels";

describe("audit log labels", () => {
  it("both stored spellings get the label of the reader's language; unknown codes stay as stored", () => {
    expect(auditActionLabel("token_create", "en")).toBe("API token created");
    expect(auditActionLabel("token_create", "vi")).toBe("Tạo API token");
    expect(auditActionLabel("profile.update", "en")).toBe("Profile updated");
    expect(auditActionLabel("profile_update", "vi")).toBe("Cập nhật hồ sơ");
    expect(auditActionLabel("directory.import.delete", "en")).toBe("Import: deleted");
    expect(auditActionLabel("something.new", "en")).toBe("something.new");
  });

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
