import { describe, expect, it } from "vitest";
import {
  certificateValidity,
  expiredCertificates,
  isCertificateValid,
  listedCertificates,
  withValidity,
} from "../../../app/modules/certificates/validity";
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

describe("the lists every reader shares", () => {
  const certs = [
    { standard: "ISO 9001", validUntil: null },
    { standard: "IATF 16949", validUntil: "2027-05-01" },
    { standard: "ISO 14001", validUntil: "2027-05-02" },
  ];
  it("marks each certificate, lists the valid and undated ones and names the expired ones", () => {
    expect(withValidity(certs, "2027-05-02").map((c) => c.validity)).toEqual(["unknown", "expired", "valid"]);
    expect(listedCertificates(certs, "2027-05-02").map((c) => [c.standard, c.validity])).toEqual([
      ["ISO 9001", "unknown"],
      ["ISO 14001", "valid"],
    ]);
    expect(expiredCertificates(certs, "2027-05-02").map((c) => c.standard)).toEqual(["IATF 16949"]);
    // A day earlier the IATF certificate is still on its last valid day.
    expect(expiredCertificates(certs, "2027-05-01")).toEqual([]);
  });
});

describe("todayInHanoi", () => {
  it("is the calendar date at UTC+07:00, a day ahead of UTC from 17:00 UTC", () => {
    expect(todayInHanoi(new Date("2027-03-09T16:59:59Z"))).toBe("2027-03-09");
    expect(todayInHanoi(new Date("2027-03-09T17:00:00Z"))).toBe("2027-03-10");
    expect(todayInHanoi(new Date("2027-12-31T18:00:00Z"))).toBe("2028-01-01");
  });
});
