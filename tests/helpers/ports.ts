import fs from "node:fs";
import net from "node:net";

// Ports for servers that must know their own public origin before they start (PUBLIC_URL), so
// the test picks the port and the server binds it a moment later. A port the kernel hands out
// for `listen(0)` lies in its ephemeral range, the same range every outgoing connection (a
// PostgreSQL client, a fetch) takes its local port from: in that moment an outgoing connection
// could take it (CI once failed with EADDRINUSE on 43267 that way). So the port is drawn below
// the ephemeral range, where only listeners live, and checked by binding it.

function ephemeralLow(): number {
  try {
    const [low] = fs.readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/);
    const n = Number(low);
    if (Number.isInteger(n) && n > 12_000) return n;
  } catch {
    // not Linux: fall back to the IANA dynamic range's start
  }
  return 49_152;
}

const LOW = 10_000;
const HIGH = ephemeralLow() - 1;

function tryBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

/** A port nobody listens on now, outside the range outgoing connections take theirs from. */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (await tryBind(port)) return port;
  }
  throw new Error(`no free port found between ${LOW} and ${HIGH}`);
}
