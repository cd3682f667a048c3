import { describe, expect, it } from "vitest";
import { certificateValidity, isCertificateValid } from "../../../app/modules/certificates/validity";
import { todayInHanoi } from "../../../app/modules/clock";

describe("certificate validity (docs/decisions/160-certificate-validity.md)", () => {
  it("is valid through its last day and expired the day after", () => {
    expect(certificateValidity("2027-05-01", "2027-04-30")).toBe("valid");
    expect(certificateValidity("2027-05-01", "2027-05-01")).toBe("valid");
    expect(certificateValidity("2027-05-01", "2027-05-02")).toBe("expired");
  });

  it("an undated certificate is of unknown validity and never counts as valid", () => {
    for (const none of [null, undefined, ""]) {
      expect(certificateValidity(none, "2027-05-02")).toBe("unknown");
      expect(isCertificateValid(none, "2027-05-02")).toBe(false);
    }
    expect(isCertificateValid("2027-05-02", "2027-05-02")).toBe(true);
    expect(isCertificateValid("2027-05-01", "2027-05-02")).toBe(false);
  });
});

describe("todayInHanoi", () => {
  it("is the calendar date at UTC+07:00, a day ahead of UTC from 17:00 UTC", () => {
    expect(todayInHanoi(new Date("2027-03-09T16:59:59Z"))).toBe("2027-03-09");
    expect(todayInHanoi(new Date("2027-03-09T17:00:00Z"))).toBe("2027-03-10");
    expect(todayInHanoi(new Date("2027-12-31T18:00:00Z"))).toBe("2028-01-01");
  });
});
