import type { ICalLuxonDateTimeStub } from "ical-generator";

// ical-generator formats a plain Date in the *server's* local zone when a TZID is set, so a
// server running in UTC would write 02:00 for a 09:00 meeting in Hanoi. It also accepts a
// Luxon-like object; this one computes the wall clock of any IANA zone with Intl, so no date
// library is needed and the output does not depend on the process's TZ.

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, zone: string) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, x.value]));
  return { y: p.year, mo: p.month, d: p.day, h: p.hour, mi: p.minute, s: p.second };
}

/** Wall-clock parts (yyyy-MM-dd, HH:mm) of an instant in a zone. */
export function wallClock(date: Date, zone: string): { date: string; time: string } {
  const p = partsIn(date, zone);
  return { date: `${p.y}-${p.mo}-${p.d}`, time: `${p.h}:${p.mi}` };
}

export function zonedDateTime(date: Date, zone = "UTC"): ICalLuxonDateTimeStub {
  return {
    setZone: (z?: string) => zonedDateTime(date, z ?? zone),
    zone: { type: "iana" },
    toFormat(fmt: string) {
      const p = partsIn(date, zone);
      if (fmt === "yyyyLLdd") return `${p.y}${p.mo}${p.d}`;
      if (fmt === "HHmmss") return `${p.h}${p.mi}${p.s}`;
      throw new Error(`zonedDateTime: unsupported format '${fmt}'`);
    },
    toJSDate: () => date,
    get isValid() {
      return !Number.isNaN(date.getTime());
    },
    toJSON: () => date.toISOString(),
  };
}
