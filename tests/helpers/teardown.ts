type Closable =
  | (() => unknown)
  | { stop(): unknown }
  | { close(): unknown }
  | { destroy(): unknown }
  | null
  | undefined;

/**
 * Closes what a test file opened, one after another in the order given (a server before the
 * database it serves, a mail worker before its sink). Whatever never opened, because the setup
 * failed first, is passed over, so that the setup's own error is the one reported. A function
 * given is the closing itself (a file that keeps only how to close its database).
 */
export async function closeAll(...things: Closable[]): Promise<void> {
  for (const x of things) {
    if (!x) continue;
    if (typeof x === "function") await x();
    else if ("stop" in x) await x.stop();
    else if ("close" in x) await x.close();
    else await x.destroy();
  }
}
