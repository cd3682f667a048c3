import { SMTPServer, type SMTPServerSession } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import ICAL from "ical.js";

// A real SMTP server on a loopback port for the mail tests. `policy` decides, per recipient,
// whether the server accepts (null) or answers with an SMTP error code; `hold` keeps the DATA
// answer back for a message until released (to kill a worker mid-transaction).

export interface Received {
  raw: Buffer;
  to: string[];
  parsed: ParsedMail;
  messageId: string;
}

export interface TestSmtp {
  url: string;
  received: Received[];
  /** Answer for a recipient: null = accept, or [code, text]. */
  policy: (rcpt: string) => [number, string] | null;
  /** Called when DATA for a message arrives; return a promise to hold the answer back. */
  hold: ((raw: Buffer, sessionId: string) => Promise<void> | null) | null;
  /** Sessions whose client has gone. */
  closed: Set<string>;
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const state: TestSmtp = {
    url: "",
    received: [],
    policy: () => null,
    hold: null,
    closed: new Set(),
    async waitFor(n, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (state.received.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} mails, got ${state.received.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: async () => {},
  };
  const closed = state.closed;
  const server = new SMTPServer({
    onClose(session) {
      closed.add(session.id);
    },
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, cb) {
      const answer = state.policy(address.address);
      if (!answer) return cb();
      const err = new Error(answer[1]) as Error & { responseCode: number };
      err.responseCode = answer[0];
      cb(err);
    },
    onData(stream, session: SMTPServerSession, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks);
        const wait = state.hold?.(raw, session.id);
        if (wait) await wait;
        // Accepted only now: a client gone before this answer never delivered the message.
        if (closed.has(session.id)) return;
        const parsed = await simpleParser(raw);
        state.received.push({
          raw,
          to: session.envelope.rcptTo.map((r) => r.address),
          parsed,
          messageId: parsed.messageId ?? "",
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** The iCalendar objects of a mail (alternative part and attachments), parsed with ical.js. */
export function calendarsOf(m: ParsedMail): { raw: string; comp: ICAL.Component; contentType: string }[] {
  const out: { raw: string; comp: ICAL.Component; contentType: string }[] = [];
  const seen = new Set<string>();
  for (const a of m.attachments) {
    if (!/^(text\/calendar|application\/ics)/i.test(a.contentType)) continue;
    const raw = a.content.toString("utf8");
    if (seen.has(raw)) continue; // the iMIP alternative and its .ics copy carry the same object
    seen.add(raw);
    // The full Content-Type, parameters included (iMIP requires method=… on text/calendar).
    const ct = a.headers.get("content-type") as
      { value: string; params?: Record<string, string> } | undefined;
    const params = Object.entries(ct?.params ?? {})
      .map(([k, v]) => `; ${k}=${v}`)
      .join("");
    out.push({
      raw,
      comp: new ICAL.Component(ICAL.parse(raw)),
      contentType: (ct?.value ?? a.contentType) + params,
    });
  }
  return out;
}
