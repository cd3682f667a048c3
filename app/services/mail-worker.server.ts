// The mail delivery worker inside the server process (the same pattern as the search outbox
// worker in search/worker.ts): a timer loop that claims due rows of the mail outbox, hands each
// to the SMTP server and records the answer. It never throws out of the loop and never makes a
// web request wait. Without SMTP_URL it sends nothing: mail stays in the outbox, readable by
// organisers at /admin/mail. It also queues the reminders on a schedule.
//
// Each row goes claim → sending → sent with a claim token; see docs/decisions/093-mail-delivery.md
// for why a crash in the middle of an SMTP transaction leads to a resend with the same
// Message-ID (at-least-once) rather than a silent loss.
import crypto from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../../db/connection";
import {
  claimDue,
  markFailed,
  markRetry,
  markSending,
  markSent,
  releaseStale,
  retryMail,
  type ClaimedMail,
  type MailCalendarPart,
} from "../../db/queries/mail";
import { getEnv } from "../utils/env.server";
import { publicHost, queueReminders, senderAddress, type ReminderReport } from "./mail.server";
import { afterFailure, classifySmtpError } from "../modules/mail";
import { failureLog, pollLoop } from "../modules/poll-loop";
import { auditAction } from "~/services/audit.server";
import type { Actor } from "../modules/auth/permissions";

export interface MailWorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface MailWorkerOptions {
  /** Defaults to SMTP_URL; without one nothing is sent. */
  smtpUrl?: string | null;
  /** The clock (tests move it to check backoff and leases). */
  now?: () => Date;
  /** Pause between polls when idle (ms). */
  intervalMs?: number;
  batch?: number;
  /** A claimed row whose worker went silent this long is given back (ms). */
  leaseMs?: number;
  /** First retry delay; doubles with each attempt. */
  backoffBaseMs?: number;
  /** How often reminders are queued (ms); 0 = never (tests call remind()). */
  remindEveryMs?: number;
  log?: MailWorkerLog;
  /** false: no timer loop, passes run only through tick() (tests). */
  autoStart?: boolean;
  /** Test seam: called after the SMTP server accepted a message and before it is marked sent. */
  afterSend?: (mail: ClaimedMail) => void | Promise<void>;
}

export interface DeliveryReport {
  released: number;
  sent: number;
  retried: number;
  failed: number;
}

export interface MailWorker {
  /** Runs one delivery pass now (what the timer calls). */
  tick(): Promise<DeliveryReport>;
  /** Queues the reminders due now. */
  remind(): Promise<ReminderReport>;
  /** Asks for a pass soon (a password-reset mail was just queued). */
  kick(): void;
  stop(): Promise<void>;
}

const KEY = "__cnhtMailWorker";

/** Wakes the running worker, if this process has one (the Remix build calls it after a write). */
export function kickMailWorker(): void {
  (globalThis as unknown as Record<string, MailWorker | undefined>)[KEY]?.kick();
}

export function startMailWorker(services: { db: Db }, opts: MailWorkerOptions = {}): MailWorker {
  const db = services.db;
  const now = opts.now ?? (() => new Date());
  const interval = opts.intervalMs ?? 5000;
  const batch = opts.batch ?? 20;
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const smtpUrl = opts.smtpUrl === undefined ? getEnv().SMTP_URL : opts.smtpUrl;
  const remindEvery = opts.remindEveryMs ?? 15 * 60_000;
  const logP: Promise<MailWorkerLog> = opts.log
    ? Promise.resolve(opts.log)
    : import("../utils/logger.server").then((m) => m.logger);
  // Short timeouts: a hung server must not hold a row past its lease.
  const transport: Transporter | null = smtpUrl
    ? nodemailer.createTransport(smtpUrl, {
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      } as object)
    : null;
  const from = { name: "CNHT Hà Nội", address: senderAddress() };
  const domain = publicHost();
  const failures = failureLog();

  async function send(m: ClaimedMail): Promise<void> {
    const calendar = JSON.parse(m.calendar) as MailCalendarPart[];
    const part = (c: MailCalendarPart) => ({
      filename: c.filename,
      content: c.content,
      contentType: `text/calendar; charset=utf-8; method=${c.method}`,
    });
    await transport!.sendMail({
      from,
      to: m.toAddress,
      subject: m.subject,
      text: m.body,
      html: m.html ?? undefined,
      messageId: m.messageId,
      headers: { "Auto-Submitted": "auto-generated", "X-CNHT-Mail": String(m.id) },
      // One invitation: the iMIP way (a text/calendar alternative plus the same as .ics), which
      // Outlook, Gmail and Apple Mail all turn into an "add / update" card. Several: one
      // text/calendar attachment each, every one a complete single-event iTIP message.
      ...(calendar.length === 1
        ? {
            icalEvent: {
              method: calendar[0].method,
              filename: calendar[0].filename,
              content: calendar[0].content,
            },
          }
        : calendar.length > 1
          ? { attachments: calendar.map(part) }
          : {}),
    });
  }

  async function pass(): Promise<DeliveryReport> {
    const report: DeliveryReport = { released: 0, sent: 0, retried: 0, failed: 0 };
    if (!transport) return report;
    const log = await logP;
    try {
      const r = await releaseStale(db, now(), leaseMs);
      report.released = r.claimed + r.sending;
      if (r.sending)
        log.warn(
          { rows: r.sending },
          "mail interrupted while sending: sending again with the same Message-ID",
        );
      const token = crypto.randomUUID();
      const rows = await claimDue(db, { now: now(), limit: batch, token, messageIdDomain: domain });
      for (const m of rows) {
        if (loop.stopped) break;
        if (!(await markSending(db, m.id, token, now()))) continue;
        const attempts = m.attempts + 1;
        try {
          await send(m);
        } catch (e) {
          const f = classifySmtpError(e);
          const next = afterFailure(f, attempts, now(), opts.backoffBaseMs);
          if (next.kind === "failed") {
            await markFailed(db, m.id, token, now(), next.reason);
            report.failed++;
            log.warn({ mail: m.id, kind: m.kind, reason: next.reason }, "mail failed permanently");
          } else {
            await markRetry(db, m.id, token, next.at, next.reason);
            report.retried++;
          }
          continue;
        }
        await opts.afterSend?.(m);
        await markSent(db, m.id, token, now());
        report.sent++;
      }
      failures.worked(log, "mail delivery working again");
    } catch (e) {
      // The database failed (closed, locked too long) or a test's afterSend "crashed": the rows
      // stay claimed and come back after the lease.
      failures.failed(log, e, "mail delivery pass failed, will retry");
    }
    return report;
  }

  const loop = pollLoop(pass, {
    intervalMs: interval,
    again: (r) => r.sent + r.retried + r.failed >= batch,
    timer: transport !== null && opts.autoStart !== false,
  });

  async function remind(): Promise<ReminderReport> {
    return queueReminders(db, now());
  }
  const reminders =
    remindEvery > 0
      ? setInterval(() => {
          remind()
            .then((r) => {
              if (r.scheduleNotices + r.fairEve + r.requests + r.certificates > 0) {
                logP.then((l) => l.info(r, "reminders queued"));
                loop.schedule(0);
              }
            })
            .catch((e) => logP.then((l) => l.warn({ error: (e as Error).message }, "reminder pass failed")));
        }, remindEvery)
      : null;
  reminders?.unref();

  const worker: MailWorker = {
    tick: () => loop.run(),
    remind,
    kick: () => loop.schedule(0),
    async stop() {
      if (reminders) clearInterval(reminders);
      await loop.stop();
      transport?.close();
      const g = globalThis as unknown as Record<string, MailWorker | undefined>;
      if (g[KEY] === worker) delete g[KEY];
    },
  };
  (globalThis as unknown as Record<string, MailWorker | undefined>)[KEY] = worker;
  loop.schedule(0);
  return worker;
}

/**
 * An organiser's "retry" on a mail that failed for good: queued again, recorded in the audit log,
 * and the worker woken. False when the mail is no longer failed (someone retried it already).
 */
export async function retryFailedMail(db: Db, actor: Actor, id: number): Promise<boolean> {
  if (!(await retryMail(db, id))) return false;
  await auditAction(db, actor, "mail_retry", "mail", id);
  kickMailWorker();
  return true;
}
