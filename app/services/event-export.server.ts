import { getDb } from "~/utils/services.server";
import { requireRole } from "~/services/auth.server";
import { downloadResponse, exportTable } from "~/services/export.server";
import {
  formatDate,
  type CellValue,
  type Column,
  type ExportFormat,
  type Table,
} from "~/modules/export/workbook";
import { tableLabel, translator, type Locale } from "~/modules/i18n";
import { getLocale } from "~/utils/locale.server";
import { eventRegistrations } from "../../db/queries/exports";
import { getEvent, listSlots, listTables } from "../../db/queries/events";
import { draftMeetings, latestPublication, meetingsOfPublication } from "../../db/queries/events-schedule";

// The organisers' event files (issue 12 §3): registrations with contacts, and the schedule by
// participant and by table. The schedule is the latest published one — what participants were
// told — or the current draft when nothing is published yet; every row says which, so a printed
// draft is never taken for the final plan.

export const EVENT_FILES = [
  "registrations",
  "schedule-by-participant",
  "schedule-by-table",
  "schedule-grid",
] as const;
export type EventFile = (typeof EVENT_FILES)[number];

const firmName = (nameVi: string | null, nameEn: string | null, locale: Locale) =>
  (locale === "vi" ? nameVi || nameEn : nameEn || nameVi) ?? "";

/** "2027-03-10T09:00:00+07:00" as people at the venue read it: the local date and HH:MM, not UTC. */
function localSlot(startsAt: string, minutes: number, locale: Locale) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(startsAt);
  if (!m) return { date: startsAt, start: "", end: "" };
  const [, y, mo, d, h, mi] = m;
  const date = formatDate(new Date(Date.UTC(+y, +mo - 1, +d)), locale === "vi" ? "vi" : "en");
  const endMin = +h * 60 + +mi + minutes;
  const hhmm = (n: number) =>
    `${String(Math.floor(n / 60) % 24).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}`;
  return { date, start: `${h}:${mi}`, end: hhmm(endMin) };
}

interface SlotMeeting {
  startsAt: string;
  minutes: number;
  slotPosition: number;
  table: string;
  tablePosition: number;
  a: { kind: string; ref: string; name: string };
  b: { kind: string; ref: string; name: string };
}

/** The meetings of the latest publication, or of the draft (placed ones only), and which it was. */
async function scheduleMeetings(
  eventId: number,
  locale: Locale,
): Promise<{ source: string; meetings: SlotMeeting[] }> {
  const db = getDb();
  const t = translator(locale);
  const side = (kind: string, ref: string, vi: string | null, en: string | null) => ({
    kind,
    ref,
    name: firmName(vi, en, locale),
  });
  const pub = await latestPublication(db, eventId);
  if (pub) {
    const tables = new Map((await listTables(db, eventId)).map((x) => [x.code, x.position]));
    const rows = await meetingsOfPublication(db, pub.id);
    return {
      source: t("export.schedule.published", {
        v: pub.version,
        date: formatDate(
          new Date(pub.publishedAt.replace(" ", "T") + (pub.publishedAt.endsWith("Z") ? "" : "Z")),
          locale,
        ),
      }),
      meetings: rows.map((r) => ({
        startsAt: r.startsAt,
        minutes: r.minutes,
        slotPosition: r.slotPosition,
        table: r.tableName,
        tablePosition: tables.get(r.table) ?? 0,
        a: side(r.aKind, r.aRef, r.aNameVi, r.aNameEn),
        b: side(r.bKind, r.bRef, r.bNameVi, r.bNameEn),
      })),
    };
  }
  const slots = new Map((await listSlots(db, eventId)).map((s) => [s.id, s]));
  const tables = new Map((await listTables(db, eventId)).map((x) => [x.id, x]));
  const meetings: SlotMeeting[] = [];
  for (const m of await draftMeetings(db, eventId)) {
    const s = m.slotId === null ? undefined : slots.get(m.slotId);
    const tb = m.tableId === null ? undefined : tables.get(m.tableId);
    if (!s || !tb) continue;
    meetings.push({
      startsAt: s.startsAt,
      minutes: s.minutes,
      slotPosition: s.position,
      table: tb.name,
      tablePosition: tb.position,
      a: side(m.aKind, m.aRef, m.aNameVi, m.aNameEn),
      b: side(m.bKind, m.bRef, m.bNameVi, m.bNameEn),
    });
  }
  return { source: t("export.schedule.draft"), meetings };
}

const bySlotThenTable = (x: SlotMeeting, y: SlotMeeting) =>
  x.slotPosition - y.slotPosition || x.tablePosition - y.tablePosition;

export async function eventTable(eventId: number, file: EventFile, locale: Locale): Promise<Table> {
  const t = translator(locale);
  const col = (key: string, kind?: Column["kind"], width?: number): Column => ({
    header: t(`export.col.${key}`),
    kind,
    width,
  });
  if (file === "registrations") {
    const rows = await eventRegistrations(getDb(), eventId);
    return {
      sheet: t("export.registrations"),
      columns: [
        col("ref", "text", 12),
        col("name", undefined, 40),
        col("role", undefined, 14),
        col("status", undefined, 12),
        col("contactName", undefined, 24),
        col("contactEmail", "text", 28),
        col("contactPhone", "text", 16),
        col("fixedTable", undefined, 12),
        col("arrives", "text", 10),
        col("leaves", "text", 10),
        col("blocked", "text", 20),
        col("maxMeetings", "number", 10),
        col("registeredAt", "datetime"),
      ],
      rows: rows.map((r): CellValue[] => [
        r.ref,
        firmName(r.nameVi, r.nameEn, locale),
        t(`fair.kind.${r.kind}`),
        t(`export.participantStatus.${r.status}`),
        r.contactName,
        r.contactEmail,
        r.contactPhone,
        r.fixedTable,
        r.arrivesAt,
        r.leavesAt,
        (JSON.parse(r.blockedSlots) as string[]).join(", "),
        r.maxMeetings,
        // SQLite's "YYYY-MM-DD HH:MM:SS" is UTC.
        /^\d{4}-\d{2}-\d{2} /.test(r.createdAt) ? `${r.createdAt.replace(" ", "T")}Z` : r.createdAt,
      ]),
    };
  }
  const { source, meetings } = await scheduleMeetings(eventId, locale);
  // A meeting's date, start and end: the same three columns on both meeting sheets.
  const whenColumns = [col("date", "text", 12), col("start", "text", 8), col("end", "text", 8)];
  const whenCells = (m: SlotMeeting) => {
    const w = localSlot(m.startsAt, m.minutes, locale);
    return [w.date, w.start, w.end];
  };
  if (file === "schedule-grid") return scheduleGrid(eventId, locale, source, meetings);
  if (file === "schedule-by-participant") {
    // One row per participant and meeting: each meeting appears under both firms.
    const rows = meetings
      .flatMap((m) => [
        { self: m.a, other: m.b, m },
        { self: m.b, other: m.a, m },
      ])
      .sort((x, y) => x.self.ref.localeCompare(y.self.ref) || bySlotThenTable(x.m, y.m));
    return {
      sheet: t("export.byParticipant"),
      columns: [
        col("ref", "text", 12),
        col("participant", undefined, 36),
        ...whenColumns,
        col("table", undefined, 10),
        col("with", undefined, 36),
        col("schedule", undefined, 30),
      ],
      rows: rows.map(({ self, other, m }) => [
        self.ref,
        self.name,
        ...whenCells(m),
        m.table,
        `${other.name} (${other.ref})`,
        source,
      ]),
    };
  }
  // By table: one row per table and slot with a meeting, buyer and supplier named apart.
  const sorted = [...meetings].sort(
    (x, y) => x.tablePosition - y.tablePosition || x.slotPosition - y.slotPosition,
  );
  return {
    sheet: t("export.byTable"),
    columns: [
      col("table", undefined, 10),
      ...whenColumns,
      col("buyer", undefined, 36),
      col("supplier", undefined, 36),
      col("schedule", undefined, 30),
    ],
    rows: sorted.map((m) => {
      // Buyer–buyer or supplier–supplier meetings (when the event allows them) fill both columns in order.
      const [first, second] = m.a.kind === "supplier" && m.b.kind === "buyer" ? [m.b, m.a] : [m.a, m.b];
      return [
        m.table,
        ...whenCells(m),
        `${first.name} (${first.ref})`,
        `${second.name} (${second.ref})`,
        source,
      ];
    }),
  };
}

/**
 * The schedule as the room sees it: one row per slot (date and local times), one column per
 * table ("Bàn A" / "Table A"), each cell the buyer over the supplier; every slot and table of
 * the event appears, empty or not, so the printed grid matches the floor plan. The last row
 * says which schedule it is (published version or draft). Printed landscape, one page wide.
 */
async function scheduleGrid(
  eventId: number,
  locale: Locale,
  source: string,
  meetings: SlotMeeting[],
): Promise<Table> {
  const t = translator(locale);
  const db = getDb();
  const tables = await listTables(db, eventId);
  const slots = await listSlots(db, eventId);
  const cell = new Map<string, string>();
  for (const m of meetings) {
    const [first, second] = m.a.kind === "supplier" && m.b.kind === "buyer" ? [m.b, m.a] : [m.a, m.b];
    cell.set(
      `${m.slotPosition}:${m.tablePosition}`,
      `${first.name} (${first.ref})\n${second.name} (${second.ref})`,
    );
  }
  const rows: CellValue[][] = slots.map((s) => {
    const w = localSlot(s.startsAt, s.minutes, locale);
    return [
      w.date,
      `${w.start}–${w.end}`,
      ...tables.map((x) => cell.get(`${s.position}:${x.position}`) ?? null),
    ];
  });
  rows.push([t("export.col.schedule"), source, ...tables.map(() => null)]);
  return {
    sheet: t("export.scheduleGrid"),
    landscape: true,
    wrap: true,
    columns: [
      { header: t("export.col.date"), kind: "text", width: 12 },
      { header: t("export.col.time"), kind: "text", width: 12 },
      ...tables.map((x): Column => ({ header: tableLabel(x.name, locale), width: 30 })),
    ],
    rows,
  };
}

/** The loader of /admin/events/ID/export/FILE.FORMAT: organisers only. */
export async function eventFileDownload({
  request,
  params,
}: {
  request: Request;
  params: { id?: string; file?: string };
}) {
  await requireRole(request, "organiser");
  const eventId = Number(params.id);
  const m = /^([a-z-]+)\.(xlsx|csv)$/.exec(params.file ?? "");
  const file = m && (EVENT_FILES as readonly string[]).includes(m[1]) ? (m[1] as EventFile) : null;
  if (!file || !Number.isInteger(eventId) || !(await getEvent(getDb(), eventId)))
    throw new Response("Not found", { status: 404 });
  const format = m![2] as ExportFormat;
  const locale = getLocale(request);
  const body = await exportTable(await eventTable(eventId, file, locale), format, locale);
  return downloadResponse(body, format, `event-${eventId}-${file}.${format}`);
}
