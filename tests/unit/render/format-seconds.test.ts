import { describe, expect, it } from "vitest";
import { formatSeconds } from "../../../app/components/format";

// The import report's "finished in N s": one decimal, the decimal mark of the reader's language
// (a Vietnamese page wrote "0.1 giây", which reads as a thousands separator in Vietnamese).
describe("formatSeconds", () => {
  it("writes the decimal mark as each language does", () => {
    expect(formatSeconds(2540, "vi")).toBe("2,5");
    expect(formatSeconds(2540, "en")).toBe("2.5");
    expect(formatSeconds(2540, "ja")).toBe("2.5");
    expect(formatSeconds(96, "vi")).toBe("0,1");
    expect(formatSeconds(-5, "en")).toBe("0.0");
  });
});
