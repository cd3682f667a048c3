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
  it.each([
    ["2027-04-30", "valid"],
    ["2027-05-01", "valid"],
    ["2027-05-02", "expired"],
  ])(
    "is valid through its last day and expired the day after: until 2027-05-01, on %s it is %s",
    (today, validity) => {
      expect(certificateValidity("2027-05-01", today)).toBe(validity);
    },
  );

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
  it.each([
    ["2027-03-09T16:59:59Z", "2027-03-09"],
    ["2027-03-09T17:00:00Z", "2027-03-10"],
    ["2027-12-31T18:00:00Z", "2028-01-01"],
  ])(
    "is the calendar date at UTC+07:00, a day ahead of UTC from 17:00 UTC: at %s it is %s",
    (instant, today) => {
      expect(todayInHanoi(new Date(instant))).toBe(today);
    },
  );
});
