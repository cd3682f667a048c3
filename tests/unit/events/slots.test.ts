import { describe, expect, it } from "vitest";
import { generateSlots, parseBreaks, planProblems } from "../../../app/modules/events/slots";
import { localInputToUtc, utcToLocalInput } from "../../../app/modules/events/time";
import { parseWithZod } from "@conform-to/zod";
import { eventFormSchema, parseEventForm } from "../../../app/modules/events/event-form";
import { translateFieldMessage } from "../../../app/modules/i18n/field-message";
import { translator } from "../../../app/modules/i18n/translate";

describe("slot generation", () => {
  it("steps by meeting + change-over, skips breaks, numbers days, and writes +07:00 starts", () => {
    const slots = generateSlots({
      days: ["2027-03-11", "2027-03-10"],
      dayStart: "09:00",
      dayEnd: "11:00",
      breaks: [{ start: "10:00", end: "10:15" }],
      meetingMinutes: 20,
      changeoverMinutes: 5,
    });
    expect(slots.map((s) => s.code)).toEqual([
      "d1-0900",
      "d1-0925",
      "d1-1015",
      "d1-1040",
      "d2-0900",
      "d2-0925",
      "d2-1015",
      "d2-1040",
    ]);
    expect(slots[0].startsAt).toBe("2027-03-10T09:00:00+07:00");
    expect(slots[4].startsAt).toBe("2027-03-11T09:00:00+07:00");
    expect(slots.every((s) => s.minutes === 20)).toBe(true);
  });

  it("says what is wrong with a plan", () => {
    expect(
      planProblems({
        days: [],
        dayStart: "10:00",
        dayEnd: "09:00",
        breaks: [],
        meetingMinutes: 2,
        changeoverMinutes: 0,
      }),
    ).toHaveLength(3);
    expect(() => parseBreaks("12:00 until 13:00")).toThrow("fair.form.err.break|piece=12:00 until 13:00");
    expect(parseBreaks("9:30-9:45, 12:00–13:30")).toEqual([
      { start: "09:30", end: "09:45" },
      { start: "12:00", end: "13:30" },
    ]);
  });

  it("reads form times as Hanoi time", () => {
    expect(localInputToUtc("2027-03-05T17:00")).toBe("2027-03-05T10:00:00.000Z");
    expect(utcToLocalInput("2027-03-05T10:00:00.000Z")).toBe("2027-03-05T17:00");
    const r = parseEventForm({
      nameVi: "",
      days: "2027-13-01",
      dayStart: "09:00",
      dayEnd: "17:00",
      meetingMinutes: "20",
      tables: "",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(["days", "nameVi", "tables"]);
      // Keys, read in the organiser's language (the form was English-only before).
      const say = (locale: "vi" | "en" | "ja") =>
        r.errors.days!.map((m) => translateFieldMessage(translator(locale), m)).join(" ");
      expect(say("en")).toBe('"2027-13-01" is not a date (YYYY-MM-DD).');
      expect(say("vi")).toBe('"2027-13-01" không phải là ngày (YYYY-MM-DD).');
      expect(say("ja")).toBe("「2027-13-01」は日付ではありません(YYYY-MM-DD)。");
      expect(translateFieldMessage(translator("vi"), r.errors.nameVi![0]!)).toBe(
        "Hãy nhập tên sự kiện bằng tiếng Việt.",
      );
    }
  });
});

describe("the event form on conform + zod (issue 11)", () => {
  const form = (over: Record<string, string>) => {
    const fd = new FormData();
    const fields = {
      nameVi: "Hội chợ CNHT",
      days: "2027-03-10, 2027-03-11",
      dayStart: "09:00",
      dayEnd: "12:00",
      breaks: "10:30-10:45",
      meetingMinutes: "20",
      changeoverMinutes: "",
      tables: "Bàn 1\nBàn 2\n",
      allowBuyerBuyer: "on",
      buyerMaxMeetings: "",
      registrationOpensAt: "2027-02-01T08:00",
      ...over,
    };
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return parseWithZod(fd, { schema: eventFormSchema });
  };

  it("reads the form as conform submits it (an empty field is absent) into the stored settings", () => {
    const s = form({});
    expect(s.status).toBe("success");
    if (s.status !== "success") return;
    expect(s.value).toEqual({
      nameVi: "Hội chợ CNHT",
      nameEn: null,
      venue: null,
      status: "draft",
      days: ["2027-03-10", "2027-03-11"],
      dayStart: "09:00",
      dayEnd: "12:00",
      breaks: [{ start: "10:30", end: "10:45" }],
      meetingMinutes: 20,
      changeoverMinutes: 0,
      tableNames: ["Bàn 1", "Bàn 2"],
      allowBuyerBuyer: true,
      allowSupplierSupplier: false,
      buyerMaxMeetings: null,
      supplierMaxMeetings: null,
      buyerMaxOpenRequests: null,
      supplierMaxOpenRequests: null,
      registrationOpensAt: "2027-02-01T01:00:00.000Z",
      registrationClosesAt: null,
      requestDeadline: null,
    });
  });

  it("puts each bad field's message by the field, read in Vietnamese", () => {
    const s = form({ buyerMaxMeetings: "-3", registrationClosesAt: "2027-01-15T08:00", nameVi: "" });
    expect(s.status).toBe("error");
    const error = s.status === "error" ? (s.error ?? {}) : {};
    expect(Object.keys(error).sort()).toEqual(["buyerMaxMeetings", "nameVi", "registrationClosesAt"]);
    const vi = (k: string) => (error[k] ?? []).map((m) => translateFieldMessage(translator("vi"), m));
    expect(vi("buyerMaxMeetings")).toEqual(["Một số nguyên từ 0 đến 1000, hoặc để trống nếu không giới hạn."]);
    expect(vi("registrationClosesAt")).toEqual(["Đăng ký phải đóng sau khi mở."]);
    expect(vi("nameVi")).toEqual(["Hãy nhập tên sự kiện bằng tiếng Việt."]);
  });
});
